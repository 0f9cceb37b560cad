package vn.motcua.portal.domain;

/** Classification of a feedback (Decree 20/2008 Art. 3). */
public enum FeedbackCategory {

	/** on an administrative regulation: unsuitable, contradictory, unlawful, hard to apply */
	REGULATION,
	/** on how a procedure or a dossier was handled */
	HANDLING,
	/** on the conduct of an official */
	CONDUCT,
	/** a proposal for a new or better regulation */
	PROPOSAL,
	/** anything else */
	OTHER

}
