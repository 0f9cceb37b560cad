package vn.motcua.dossier.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import vn.motcua.dossier.DossierAction;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Role;

/**
 * Who may take which action on a dossier, and where. The one-stop desk receives and returns,
 * specialists appraise, heads of unit assign and review, leaders sign; a commune civil servant does
 * the desk's and the specialist's work of the commune. The current step may also be completed by
 * whoever takes its role's steps ({@link Actor#takesStepsOf}) or was assigned to it. The leader's
 * step (signing the decision, Decree 61/2018 Art. 19) is completed or sent back by a leader, or the
 * official it was assigned to, never by a head of unit on his behalf. An inter-agency step is
 * completed by its acting agency only, whose officials do nothing else to a dossier another agency
 * received.
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
		ROLES.put(DossierAction.REQUEST_PAYMENT,
				List.of(Role.RECEPTION, Role.SPECIALIST, Role.HEAD_OF_UNIT, Role.COMMUNE_OFFICER));
		ROLES.put(DossierAction.PAYMENT_RECEIVED, List.of(Role.RECEPTION, Role.COMMUNE_OFFICER));
		ROLES.put(DossierAction.APOLOGISE, List.of(Role.HEAD_OF_UNIT, Role.LEADER, Role.COMMUNE_OFFICER));
		ROLES.put(DossierAction.REFUSE, List.of(Role.SPECIALIST, Role.HEAD_OF_UNIT, Role.LEADER, Role.COMMUNE_OFFICER));
		ROLES.put(DossierAction.RESOLVE,
				List.of(Role.SPECIALIST, Role.HEAD_OF_UNIT, Role.LEADER, Role.COMMUNE_OFFICER, Role.RECEPTION));
		ROLES.put(DossierAction.RETURN_RESULT, List.of(Role.RECEPTION, Role.COMMUNE_OFFICER));
		ROLES.put(DossierAction.WITHDRAW, List.of(Role.RECEPTION, Role.COMMUNE_OFFICER));
		ROLES.put(DossierAction.SEND_BACK, List.of(Role.HEAD_OF_UNIT, Role.LEADER));
	}

	private ActionPolicy() {
	}

	/**
	 * @param inScope whether a unit is in the actor's scope.
	 * @return whether {@code actor} may take {@code action} on {@code dossier}: by role, and from
	 * the agency acting on it now.
	 */
	public static boolean allows(DossierAction action, Actor actor, Dossier dossier, Predicate<UUID> inScope) {
		return allows(action, actor, dossier) && actsHere(action, dossier, inScope);
	}

	/** @return whether {@code actor}'s roles let them take {@code action} on {@code dossier}. */
	public static boolean allows(DossierAction action, Actor actor, Dossier dossier) {
		if ((action == DossierAction.COMPLETE_STEP || action == DossierAction.SEND_BACK) && dossier.currentStepDetail()
			.filter(step -> Role.LEADER.name().equals(step.role()))
			.filter(step -> !actor.hasRole(Role.LEADER) && !actor.username().equals(step.assignee()))
			.isPresent()) {
			return false;
		}
		if (ROLES.get(action).stream().anyMatch(actor::hasRole)) {
			return true;
		}
		if (action == DossierAction.COMPLETE_STEP || action == DossierAction.SEND_BACK) {
			// without a current step the aggregate itself refuses, with the reason
			return dossier.currentStepDetail()
				.map(step -> actor.takesStepsOf(Role.valueOf(step.role())) || actor.username().equals(step.assignee()))
				.orElse(true);
		}
		return false;
	}

	/**
	 * The acting agency of the current inter-agency step completes it; the desk that received the
	 * dossier returns the result (another agency's desk for a dossier received regardless of
	 * boundary); the competent agency does the rest.
	 */
	static boolean actsHere(DossierAction action, Dossier dossier, Predicate<UUID> inScope) {
		UUID acting = dossier.currentStepDetail().map(DossierStep::actingUnitId).orElse(null);
		if ((action == DossierAction.COMPLETE_STEP || action == DossierAction.SEND_BACK) && acting != null) {
			return inScope.test(acting);
		}
		if (action == DossierAction.RETURN_RESULT) {
			return inScope.test(dossier.intake().receivingUnitId());
		}
		return inScope.test(dossier.intake().unitId());
	}

	/**
	 * @return whether {@code actor} may read dossiers, with the applicants' particulars and scans: those
	 * who handle them and the administrators; not portal editors and writers, nor the PAR committee
	 * (Law 91/2025/QH15 Art. 3, in force since 1/1/2026, and Decree 13/2023 Art. 3 before it: personal
	 * data processed only within its purpose). They see figures.
	 */
	public static boolean mayRead(Actor actor) {
		return actor.hasRole(Role.ADMIN) || Role.stepHolders().stream().anyMatch(actor::hasRole);
	}

	/** @throws DomainException {@code dossier-role-required} unless {@code actor} {@link #mayRead may read} dossiers. */
	public static void requireReader(Actor actor) {
		if (!mayRead(actor)) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "dossier-role-required");
		}
	}

	/** @return whether {@code actor} may receive dossiers at all. */
	public static boolean mayReceive(Actor actor) {
		return ROLES.get(DossierAction.RECEIVE).stream().anyMatch(actor::hasRole);
	}

}
