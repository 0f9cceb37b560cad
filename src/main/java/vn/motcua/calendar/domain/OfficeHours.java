package vn.motcua.calendar.domain;

import java.time.Duration;
import java.time.LocalTime;

import vn.motcua.calendar.WorkingHoursView.CountingConvention;

/**
 * A unit's working calendar settings (RULES.md §4–5).
 *
 * @param saturdayReception the one-stop desk receives on Saturday mornings.
 * @param saturdayCounts Saturday mornings count toward deadlines (only with reception).
 */
public record OfficeHours(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
		LocalTime afternoonEnd, boolean saturdayReception, boolean saturdayCounts,
		CountingConvention convention) {

	/** 07:30–11:30 and 13:30–17:00, Monday to Friday, Civil Code counting. */
	public static final OfficeHours DEFAULT = new OfficeHours(LocalTime.of(7, 30), LocalTime.of(11, 30),
			LocalTime.of(13, 30), LocalTime.of(17, 0), false, false,
			CountingConvention.CIVIL_CODE);

	public OfficeHours {
		if (!morningStart.isBefore(morningEnd) || morningEnd.isAfter(afternoonStart)
				|| !afternoonStart.isBefore(afternoonEnd)) {
			throw new CalendarRuleViolated("office-hours-order");
		}
		if (saturdayCounts && !saturdayReception) {
			throw new CalendarRuleViolated("saturday-counts-without-reception");
		}
	}

	/** @return the office time of a full working day (7 h 30 min by default). */
	public Duration fullDay() {
		return Duration.between(this.morningStart, this.morningEnd)
			.plus(Duration.between(this.afternoonStart, this.afternoonEnd));
	}

}
