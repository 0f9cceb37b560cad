package vn.motcua.calendar;

import java.time.LocalTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A unit's working calendar settings as pages and other modules see them.
 *
 * @param inheritedFrom the unit whose settings apply ({@literal null}: the national default).
 */
public record WorkingHoursView(LocalTime morningStart, LocalTime morningEnd, LocalTime afternoonStart,
		LocalTime afternoonEnd, boolean saturdayReception, boolean saturdayCounts,
		CountingConvention convention, @Nullable UUID inheritedFrom) {

	/** How a time limit in working days is counted (RULES.md §4), a per-unit setting. */
	public enum CountingConvention {

		/**
		 * Civil Code Art. 147–148 (default): the period starts the day after the receipt and ends
		 * when the office closes on its last day.
		 */
		CIVIL_CODE,
		/**
		 * Practice of some units: a working day is a full day of office hours, counted from the
		 * receipt time, so the result is due at the same hour N working days later.
		 */
		WORKING_HOURS

	}

}
