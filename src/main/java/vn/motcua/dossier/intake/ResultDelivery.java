package vn.motcua.dossier.intake;

/** How the applicant wants the result (RULES.md §2.2): at the desk, by post, online. */
public enum ResultDelivery {

	/** at the one-stop desk */
	DESK,
	/** by public postal service */
	POST,
	/** online, on the portal */
	ONLINE

}
