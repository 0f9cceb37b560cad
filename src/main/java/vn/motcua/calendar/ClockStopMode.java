package vn.motcua.calendar;

/** What a clock stop (supplement request after appraisal) does to the time limit. */
public enum ClockStopMode {

	/** the time limit starts again from zero when the complete dossier comes back (Decree 61/2018) */
	RESTART,
	/** the time already used is kept; the deadline moves by the working time the clock stood still */
	PAUSE

}
