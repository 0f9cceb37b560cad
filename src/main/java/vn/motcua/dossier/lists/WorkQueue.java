package vn.motcua.dossier.lists;

/** The work queues of an official's day. */
enum WorkQueue {

	/** every dossier of the scope */
	ALL,
	/** dossiers whose current step is the official's (assigned to them, or their role's) */
	MY_STEPS,
	/** pending dossiers due by the end of the next working day */
	DUE_SOON,
	/** pending dossiers past their due moment */
	OVERDUE

}
