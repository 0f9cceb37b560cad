package vn.motcua.calendar;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One day of a unit's working calendar.
 *
 * @param reason why the day is special (holiday name, swap), {@literal null} for ordinary days.
 * @param decision the document that decided it, {@literal null} for ordinary days.
 * @param provisional the year has no official decision yet: its days off are the Labour Code's
 * default.
 */
public record CalendarDay(LocalDate date, boolean working, DayKind kind, @Nullable String reason,
		@Nullable String decision, LunarDate lunar, boolean provisional) {

	/** What kind of day a date is for a unit. */
	public enum DayKind {

		/** an ordinary working day */
		WORKDAY,
		/** Saturday morning that the unit counts toward deadlines */
		SATURDAY_MORNING,
		/** Saturday or Sunday */
		WEEKLY_REST,
		/** a public holiday or compensatory day, by decision or by the Labour Code's default */
		DAY_OFF,
		/** a weekend day that a decision turned into a working day */
		SWAPPED_WORKDAY

	}

}
