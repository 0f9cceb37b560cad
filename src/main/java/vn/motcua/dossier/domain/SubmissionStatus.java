package vn.motcua.dossier.domain;

/** Where an online submission stands. */
public enum SubmissionStatus {

	/** being written by the citizen */
	DRAFT,
	/** sent, waiting for the desk */
	SUBMITTED,
	/** the desk decided: received, incomplete or refused (see the dossier) */
	DECIDED

}
