package vn.motcua.dossier.domain;

import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierAction;
import vn.motcua.shared.Role;

/**
 * What a button says it does: completing a step is named by where the dossier goes next — to
 * appraisal, to the head's review, to signing, to the other agency — or by signing itself, or by
 * the result becoming ready; every other action by itself.
 */
public final class ActionLabel {

	/** Where completing the current step sends the dossier. */
	public enum StepOutcome {

		/** the desk hands the dossier to appraisal */
		TO_APPRAISAL,
		/** the draft goes to the head of unit */
		TO_REVIEW,
		/** the draft goes to the leader for signing */
		TO_SIGNING,
		/** the leader signs */
		SIGN,
		/** an inter-agency step: the other agency acts next */
		TO_OTHER_AGENCY,
		/** the last step: the result is ready to return */
		RESULT_READY,
		/** any other next step */
		NEXT_STEP

	}

	private ActionLabel() {
	}

	/** @return the key of the button's label: {@code action.name()}, or the step outcome's name. */
	public static String of(DossierAction action, Dossier dossier) {
		if (action != DossierAction.COMPLETE_STEP) {
			return action.name();
		}
		Integer current = dossier.currentStep();
		return current == null ? StepOutcome.RESULT_READY.name() : outcome(dossier.steps(), current).name();
	}

	/** @param current the position (from 1) of the step being completed. */
	static StepOutcome outcome(List<DossierStep> steps, int current) {
		DossierStep step = steps.get(current - 1);
		@Nullable DossierStep next = current < steps.size() ? steps.get(current) : null;
		if (Role.LEADER.name().equals(step.role())) {
			return StepOutcome.SIGN;
		}
		if (next == null) {
			return StepOutcome.RESULT_READY;
		}
		if (next.actingUnitId() != null) {
			return StepOutcome.TO_OTHER_AGENCY;
		}
		return switch (next.role()) {
			case "LEADER" -> StepOutcome.TO_SIGNING;
			case "HEAD_OF_UNIT" -> StepOutcome.TO_REVIEW;
			case "SPECIALIST" -> StepOutcome.TO_APPRAISAL;
			case "COMMUNE_OFFICER" -> current == 1 ? StepOutcome.TO_APPRAISAL : StepOutcome.NEXT_STEP;
			default -> StepOutcome.NEXT_STEP;
		};
	}

}
