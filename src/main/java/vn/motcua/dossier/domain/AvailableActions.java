package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import vn.motcua.dossier.DossierAction;
import vn.motcua.shared.Actor;

/**
 * The actions an official may take on a dossier now, the only ones the desk shows: allowed by the
 * state machine ({@link DossierLifecycle}), by the steps (one to act on, one to go back to, none
 * left for a dossier resolved without steps), by lateness for an apology, and by role and agency
 * ({@link ActionPolicy}).
 */
public final class AvailableActions {

	private AvailableActions() {
	}

	/**
	 * @param inScope whether a unit is in the actor's scope.
	 * @return the actions in the order of {@link DossierAction}; never {@literal null}.
	 */
	public static List<DossierAction> of(Dossier dossier, Actor actor, Predicate<UUID> inScope, Instant now) {
		return Arrays.stream(DossierAction.values())
			.filter(a -> DossierLifecycle.allowsFrom(a, dossier.status()) && fitsSteps(a, dossier, now))
			.filter(a -> ActionPolicy.allows(a, actor, dossier, inScope))
			.toList();
	}

	static boolean fitsSteps(DossierAction action, Dossier dossier, Instant now) {
		Integer current = dossier.currentStep();
		return switch (action) {
			case ASSIGN, COMPLETE_STEP -> current != null;
			case SEND_BACK -> current != null && current > 1;
			case RESOLVE -> current == null;
			case APOLOGISE -> dossier.mayApologiseAt(now);
			default -> true;
		};
	}

}
