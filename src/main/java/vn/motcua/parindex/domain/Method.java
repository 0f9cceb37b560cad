package vn.motcua.parindex.domain;

/** How a leaf of a criteria set gets its points. */
public enum Method {

	/** a self-score within 0..max, appraised */
	MANUAL,
	/** one of the leaf's listed levels, with its points */
	CHOICE,
	/** from MotCua's own data: an {@link Indicator} over the cycle's period, points by thresholds */
	COMPUTED,
	/** points from the sociological survey, entered by the committee; absent in some years */
	SURVEY,
	/** points added outside the 100 */
	BONUS,
	/** points taken off outside the 100 */
	PENALTY;

	/** @return whether the leaf's maximum counts toward the set's maximum (not bonus, not penalty). */
	public boolean inMaximum() {
		return this != BONUS && this != PENALTY;
	}

	/** @return whether the assessed unit scores the leaf itself (the committee scores the others). */
	public boolean selfScored() {
		return this == MANUAL || this == CHOICE || this == BONUS;
	}

}
