package vn.motcua.dossier.processing;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStep;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.identity.OfficialName;
import vn.motcua.shared.Role;

/**
 * Whom the current step of a dossier may be given to: the officials holding the step's role in
 * the unit acting on it (the other agency's for an inter-agency step, the receiving one's otherwise).
 */
final class Assignees {

	private Assignees() {
	}

	/** @return the officials, by full name; empty without a current step. */
	static List<OfficialName> forCurrentStep(Dossier dossier, IdentityManagement identity) {
		return dossier.currentStepDetail().map(step -> identity.officialsHolding(unitOf(dossier, step), role(step)))
			.orElse(List.of());
	}

	/** @return whether the login name is one of {@link #forCurrentStep}'s, whatever its case. */
	static Predicate<String> eligible(Dossier dossier, IdentityManagement identity) {
		List<String> names = forCurrentStep(dossier, identity).stream()
			.map(o -> o.username().toLowerCase(Locale.ROOT))
			.toList();
		return username -> names.contains(username.toLowerCase(Locale.ROOT));
	}

	private static UUID unitOf(Dossier dossier, DossierStep step) {
		return step.actingUnitId() != null ? step.actingUnitId() : dossier.intake().unitId();
	}

	private static Role role(DossierStep step) {
		return Role.valueOf(step.role());
	}

}
