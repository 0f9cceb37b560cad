package vn.motcua.calendar;

/** The unit a procedure's time limit (thời hạn giải quyết) is stated in. */
public enum TimeLimitUnit {

	/** ngày làm việc */
	WORKING_DAYS,
	/** ngày (calendar days); a period ending on a day off ends on the next working day */
	CALENDAR_DAYS,
	/** giờ làm việc, inside office hours */
	WORKING_HOURS,
	/** trong ngày: before the cut-off the same day, after it the next working day */
	SAME_DAY

}
