package vn.motcua.dossier.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.motcua.dossier.DossierAction;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

/**
 * Who may take which action on a dossier in their scope. Commune officers do everything at a
 * commune; at a district the one-stop desk receives and returns, specialists appraise, heads of
 * unit assign and review, leaders sign. The current step may also be completed by whoever holds
 * its role or was assigned to it.
 */
public final class ActionPolicy {

	private static final Map<DossierAction, List<Role>> ROLES = new EnumMap<>(DossierAction.class);

	static {
		ROLES.put(DossierAction.RECEIVE, List.of(Role.RECEPTION, Role.COMMUNE_OFFICER));
		ROLES.put(DossierAction.ASSIGN, List.of(Role.HEAD_OF_UNIT, Role.LEADER, Role.COMMUNE_OFFICER));
		ROLES.put(DossierAction.COMPLETE_STEP, List.of(Role.HEAD_OF_UNIT, Role.LEADER));
		ROLES.put(DossierAction.REQUEST_SUPPLEMENT,
				List.of(Role.SPECIALIST, Role.HEAD_OF_UNIT, Role.LEADER, Role.COMMUNE_OFFICER, Role.RECEPTION));
		ROLES.put(DossierAction.SUPPLEMENT_RECEIVED, List.of(Role.RECEPTION, Role.COMMUNE_OFFICER));
		ROLES.put(DossierAction.REQUEST_PAYMENT, List.of(Role.RECEPTION, Role.SPECIALIST, Role.HEAD_OF_UNIT, Role.COMMUNE_OFFICER));
		ROLES.put(DossierAction.PAYMENT_RECEIVED, List.of(Role.RECEPTION, Role.COMMUNE_OFFICER));
		ROLES.put(DossierAction.APOLOGISE, List.of(Role.HEAD_OF_UNIT, Role.LEADER, Role.COMMUNE_OFFICER));
		ROLES.put(DossierAction.REFUSE, List.of(Role.SPECIALIST, Role.HEAD_OF_UNIT, Role.LEADER, Role.COMMUNE_OFFICER));
		ROLES.put(DossierAction.RESOLVE,
				List.of(Role.SPECIALIST, Role.HEAD_OF_UNIT, Role.LEADER, Role.COMMUNE_OFFICER, Role.RECEPTION));
		ROLES.put(DossierAction.RETURN_RESULT, List.of(Role.RECEPTION, Role.COMMUNE_OFFICER));
		ROLES.put(DossierAction.WITHDRAW, List.of(Role.RECEPTION, Role.COMMUNE_OFFICER));
	}

	private ActionPolicy() {
	}

	/** @return whether {@code actor} may take {@code action} on {@code dossier}. */
	public static boolean allows(DossierAction action, Actor actor, Dossier dossier) {
		if (ROLES.get(action).stream().anyMatch(actor::hasRole)) {
			return true;
		}
		if (action == DossierAction.COMPLETE_STEP) {
			// without a current step the aggregate itself refuses, with the reason
			return dossier.currentStepDetail()
				.map(step -> actor.hasRole(Role.valueOf(step.role())) || actor.username().equals(step.assignee()))
				.orElse(true);
		}
		return false;
	}

	/** @return whether {@code actor} may receive dossiers at all. */
	public static boolean mayReceive(Actor actor) {
		return ROLES.get(DossierAction.RECEIVE).stream().anyMatch(actor::hasRole);
	}

}
