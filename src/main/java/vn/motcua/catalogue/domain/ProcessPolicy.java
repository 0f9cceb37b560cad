package vn.motcua.catalogue.domain;

import java.util.List;
import java.util.function.Predicate;

import vn.motcua.catalogue.ProcedureView.ProcessStep;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;

/**
 * What an agency's own internal process must be: positions 1, 2, 3 … in order, each step named,
 * with a positive share of the time limit, given to a role that holds steps and, for an
 * inter-agency step, to an agency that exists.
 */
public final class ProcessPolicy {

	private ProcessPolicy() {
	}

	/**
	 * @param agencyExists whether an acting agency code is known.
	 * @throws DomainException {@code process-invalid} with the number of the first wrong step.
	 */
	public static void check(List<ProcessStep> steps, Predicate<String> agencyExists) {
		for (int i = 0; i < steps.size(); i++) {
			if (!valid(steps.get(i), i + 1, agencyExists)) {
				throw new DomainException(Kind.INVALID, "process-invalid", i + 1);
			}
		}
	}

	private static boolean valid(ProcessStep step, int position, Predicate<String> agencyExists) {
		String acting = step.actingAgencyCode();
		return step.position() == position && step.shareHours() > 0 && !step.name().isBlank()
				&& Role.holdsSteps(step.role()) && (acting == null || agencyExists.test(acting));
	}

}
