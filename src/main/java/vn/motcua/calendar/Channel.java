package vn.motcua.calendar;

/** How a dossier reached the office; online dossiers near closing count from the next working day. */
public enum Channel {

	/** at the one-stop counter */
	DIRECT,
	/** by post */
	POSTAL,
	/** through the online public service portal */
	ONLINE

}
