package vn.motcua.dossier;

/** What an official does to a dossier; each is a transition of the state machine. */
public enum DossierAction {

	/** the desk receives the dossier (intake) */
	RECEIVE,
	/** the head of unit assigns the current step to an official */
	ASSIGN,
	/** the current step is done; the next begins */
	COMPLETE_STEP,
	/** after appraisal: documents are missing, the clock stops */
	REQUEST_SUPPLEMENT,
	/** the complete dossier is back, the clock runs again */
	SUPPLEMENT_RECEIVED,
	/** fees or a financial obligation must be paid first: the clock stops */
	REQUEST_PAYMENT,
	/** the obligation is met: the clock runs again, the waiting time not counted */
	PAYMENT_RECEIVED,
	/** late: apology and one new appointment */
	APOLOGISE,
	/** refused after appraisal, with reasons */
	REFUSE,
	/** the result is ready */
	RESOLVE,
	/** the result is handed to the applicant */
	RETURN_RESULT,
	/** the applicant withdraws, or processing stops */
	WITHDRAW,
	/** the current step goes back to the previous one, with the reason (e.g. the leader does not sign the draft) */
	SEND_BACK

}
