package vn.motcua.calendar;

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
