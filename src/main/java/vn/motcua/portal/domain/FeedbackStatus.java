package vn.motcua.portal.domain;

/** Where a feedback stands in the register. */
public enum FeedbackStatus {

	/** registered, waiting to be classified and routed */
	RECEIVED,
	/** classified, with the competent unit, to be answered */
	IN_HANDLING,
	/** outside the competence: forwarded to the competent agency, which answers */
	FORWARDED,
	/** answered */
	ANSWERED

}
