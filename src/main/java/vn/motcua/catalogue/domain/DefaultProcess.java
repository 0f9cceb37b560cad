package vn.motcua.catalogue.domain;

import java.util.ArrayList;
import java.util.List;

import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView.ProcessStep;

/**
 * The internal process a procedure gets until the province publishes its own (RULES.md §2): the
 * one-stop receives and transfers, the competent official appraises, (at district level the head of
 * department reviews,) the leader signs, the clerk numbers and stamps. Shares are fractions of the
 * time limit in working hours.
 */
public final class DefaultProcess {

	/** Office time of a default working day, in hours (07:30–11:30, 13:30–17:00). */
	static final double WORKING_DAY_HOURS = 7.5;

	/** A same-day procedure is planned within half a day. */
	static final double SAME_DAY_HOURS = 4;

	private DefaultProcess() {
	}

	public static List<ProcessStep> forProcedure(ProcedureLevel level, int timeLimit, TimeLimitUnit unit) {
		double total = totalHours(timeLimit, unit);
		boolean commune = level == ProcedureLevel.COMMUNE;
		List<String[]> steps = new ArrayList<>();
		steps.add(new String[] { "Tiếp nhận, kiểm tra, số hóa và chuyển hồ sơ", commune ? "COMMUNE_OFFICER" : "RECEPTION",
				"0.1" });
		steps.add(new String[] { "Thẩm định hồ sơ, dự thảo kết quả", commune ? "COMMUNE_OFFICER" : "SPECIALIST",
				commune ? "0.55" : "0.4" });
		if (!commune) {
			steps.add(new String[] { "Lãnh đạo phòng xem xét", "HEAD_OF_UNIT", "0.15" });
		}
		steps.add(new String[] { "Lãnh đạo Ủy ban nhân dân ký duyệt", "LEADER", "0.25" });
		steps.add(new String[] { "Vào sổ, đóng dấu, chuyển kết quả về Bộ phận Một cửa",
				commune ? "COMMUNE_OFFICER" : "RECEPTION", "0.1" });
		List<ProcessStep> process = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			double share = Math.max(0.25, Math.round(total * Double.parseDouble(steps.get(i)[2]) * 4) / 4.0);
			process.add(new ProcessStep(i + 1, steps.get(i)[0], steps.get(i)[1], share, false, null));
		}
		return process;
	}

	static double totalHours(int timeLimit, TimeLimitUnit unit) {
		return switch (unit) {
			case SAME_DAY -> SAME_DAY_HOURS;
			case WORKING_HOURS -> Math.max(1, timeLimit);
			case WORKING_DAYS -> Math.max(1, timeLimit) * WORKING_DAY_HOURS;
			case CALENDAR_DAYS -> Math.max(1, timeLimit) * WORKING_DAY_HOURS * 5 / 7;
		};
	}

}
