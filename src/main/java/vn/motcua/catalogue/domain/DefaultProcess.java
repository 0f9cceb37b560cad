package vn.motcua.catalogue.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView.ProcessStep;
import vn.motcua.organization.UnitType;
import vn.motcua.shared.Role;

/**
 * The internal process a procedure gets until the province publishes its own (RULES.md §2): the
 * one-stop receives and transfers, the competent official appraises, (at district and province level
 * the head of department reviews,) the leader signs, the clerk numbers and stamps. Shares are
 * fractions of the time limit in working hours, rounded to quarter hours, at least a quarter hour
 * each. Versioned by the version's first day: a commune procedure in force before 01/07/2025 is
 * worked by the commune's civil servants (công chức cấp xã) throughout; from then, when each commune
 * has its Public Administration Service Centre and specialised departments (Decree 118/2025/NĐ-CP
 * Art. 7; Decree 150/2025/NĐ-CP), by the centre's desk officer and a department's specialist — a
 * commune civil servant may still take either step ({@link Role#takesStepsOf}).
 */
public final class DefaultProcess {

	/** Office time of a default working day, in hours (07:30–11:30, 13:30–17:00). */
	static final double WORKING_DAY_HOURS = 7.5;

	/** A same-day procedure is planned within half a day. */
	static final double SAME_DAY_HOURS = 4;

	private DefaultProcess() {
	}

	/**
	 * @param timeLimit {@literal null} (with {@code unit}) when the time limit is not known yet: the
	 * shares are then those of one working day, until the limit is entered in a new version.
	 * @param from the first day of the procedure version.
	 * @return the default process of a procedure of that level and time limit, never empty.
	 */
	public static List<ProcessStep> forProcedure(ProcedureLevel level, LocalDate from, @Nullable Integer timeLimit,
			@Nullable TimeLimitUnit unit) {
		double total = timeLimit == null || unit == null ? WORKING_DAY_HOURS : totalHours(timeLimit, unit);
		List<ProcessStep> process = new ArrayList<>();
		for (Share step : shares(level, from)) {
			double hours = Math.max(0.25, Math.round(total * step.fraction() * 4) / 4.0);
			process.add(new ProcessStep(process.size() + 1, step.name(), step.role().name(), hours, false, null));
		}
		return process;
	}

	private static List<Share> shares(ProcedureLevel level, LocalDate from) {
		boolean commune = level == ProcedureLevel.COMMUNE;
		boolean generalists = commune && from.isBefore(UnitType.TWO_TIERS_FROM);
		Role desk = generalists ? Role.COMMUNE_OFFICER : Role.RECEPTION;
		List<Share> steps = new ArrayList<>();
		steps.add(new Share("Tiếp nhận, kiểm tra, số hóa và chuyển hồ sơ", desk, 0.1));
		steps.add(new Share("Thẩm định hồ sơ, dự thảo kết quả", generalists ? Role.COMMUNE_OFFICER : Role.SPECIALIST,
				commune ? 0.55 : 0.4));
		if (!commune) {
			steps.add(new Share("Lãnh đạo phòng xem xét", Role.HEAD_OF_UNIT, 0.15));
		}
		steps.add(new Share("Lãnh đạo Ủy ban nhân dân ký duyệt", Role.LEADER, 0.25));
		steps.add(new Share("Vào sổ, đóng dấu, chuyển kết quả về Bộ phận Một cửa", desk, 0.1));
		return steps;
	}

	static double totalHours(int timeLimit, TimeLimitUnit unit) {
		return switch (unit) {
			case SAME_DAY -> SAME_DAY_HOURS;
			case WORKING_HOURS -> Math.max(1, timeLimit);
			case WORKING_DAYS -> Math.max(1, timeLimit) * WORKING_DAY_HOURS;
			case CALENDAR_DAYS -> Math.max(1, timeLimit) * WORKING_DAY_HOURS * 5 / 7;
		};
	}

	private record Share(String name, Role role, double fraction) {
	}

}
