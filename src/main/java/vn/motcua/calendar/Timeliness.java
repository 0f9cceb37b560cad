package vn.motcua.calendar;

/** How a dossier stands against its deadline (Circular 01/2018 Art. 13). */
public enum Timeliness {

	/** resolved before the due date (trước hạn) */
	EARLY,
	/** resolved on the due date (đúng hạn) */
	ON_TIME,
	/** resolved after the due moment (quá hạn) */
	LATE,
	/** pending, not yet due (trong hạn) */
	WITHIN_TIME,
	/** pending past the due moment (quá hạn) */
	OVERDUE

}
