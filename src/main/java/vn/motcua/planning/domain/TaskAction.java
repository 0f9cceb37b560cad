package vn.motcua.planning.domain;

/** What is done to a task, by its lead unit or by its assigner. */
public enum TaskAction {

	/** the lead unit reports progress (a percentage, a note, files) */
	PROGRESS,
	/** the lead unit reports the task done */
	REPORT_DONE,
	/** the assigner accepts the work reported done */
	ACCEPT,
	/** the assigner returns the work reported done, with a reason */
	RETURN,
	/** the assigner cancels the task */
	CANCEL,
	/** the lead unit asks for a later deadline */
	REQUEST_EXTENSION,
	/** the assigner approves or refuses the later deadline asked for */
	DECIDE_EXTENSION;

	/** @return whether the assigner's side does it (the lead unit does the others). */
	public boolean byAssigner() {
		return this == ACCEPT || this == RETURN || this == CANCEL || this == DECIDE_EXTENSION;
	}

}
