package vn.motcua.dossier;

/**
 * Where a dossier stands. The numbers are the status vocabulary of real one-stop systems and
 * the national portal (RULES.md §2).
 */
public enum DossierStatus {

	/** 2: received, counting has started */
	RECEIVED(2, false),
	/** 4: in the internal process */
	IN_PROGRESS(4, false),
	/** 5: supplement requested, the clock stands still */
	SUPPLEMENT_REQUESTED(5, false),
	/** 6: waiting for the applicant's fees or financial obligation, the clock stands still */
	FINANCIAL_OBLIGATION(6, false),
	/** 9: result ready at the one-stop desk */
	RESOLVED(9, false),
	/** 10: result handed over */
	RESULT_RETURNED(10, true),
	/** 3: refused after appraisal, with written reasons */
	REFUSED(3, true),
	/** 3: not received at the counter: incomplete (form 02) or refused (form 03), no time limit runs */
	NOT_RECEIVED(3, true),
	/** 7/8: withdrawn by the applicant or stopped */
	WITHDRAWN(8, true);

	private final int nationalCode;

	private final boolean closed;

	DossierStatus(int nationalCode, boolean closed) {
		this.nationalCode = nationalCode;
		this.closed = closed;
	}

	/** @return the status number of the national portal vocabulary. */
	public int nationalCode() {
		return this.nationalCode;
	}

	/** @return whether nothing more happens to the dossier. */
	public boolean isClosed() {
		return this.closed;
	}

	/** @return whether the clock stands still (supplement or financial obligation awaited). */
	public boolean isClockStopped() {
		return this == SUPPLEMENT_REQUESTED || this == FINANCIAL_OBLIGATION;
	}

	/** @return whether the dossier still waits for its result. */
	public boolean isPending() {
		return this == RECEIVED || this == IN_PROGRESS || this == SUPPLEMENT_REQUESTED || this == FINANCIAL_OBLIGATION;
	}

}
