package vn.motcua.monitoring.reminders;

/** What a reminder is about. */
enum ReminderKind {

	STEP_DUE, OVERDUE, WEEKLY,
	/** items of other modules past their deadline ({@link vn.motcua.monitoring.OverdueItems}) */
	OVERDUE_ITEMS,
	/** items of other modules due within their notice */
	DUE_SOON_ITEMS

}
