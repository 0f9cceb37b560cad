package vn.motcua.catalogue.process;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.catalogue.ProcedureView.ProcessStep;
import vn.motcua.shared.Role;

/** The rows of the process page: one a step, in columns of the same length, blank names skipped. */
final class ProcessRows {

	/** Empty rows the page offers to add steps. */
	private static final int BLANK_ROWS = 3;

	private ProcessRows() {
	}

	/** @return the steps of the rows with a name, numbered in order. */
	static List<ProcessStep> steps(List<String> name, List<String> role, List<String> hours, List<String> actingAgency) {
		List<ProcessStep> steps = new ArrayList<>();
		for (int i = 0; i < name.size(); i++) {
			if (!name.get(i).isBlank()) {
				String acting = i < actingAgency.size() && !actingAgency.get(i).isBlank() ? actingAgency.get(i).strip() : null;
				steps.add(new ProcessStep(steps.size() + 1, name.get(i).strip(), role.get(i), number(hours.get(i)),
						acting != null, acting));
			}
		}
		return steps;
	}

	/** @return the steps and three empty rows to add more. */
	static List<ProcessStep> withBlankRows(List<ProcessStep> steps) {
		List<ProcessStep> rows = new ArrayList<>(steps);
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(new ProcessStep(rows.size() + 1, "", Role.SPECIALIST.name(), 1, false, null));
		}
		return rows;
	}

	private static double number(String text) {
		try {
			return Double.parseDouble(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return 0; // refused by the process check, with the step's number
		}
	}

}
