package vn.motcua.parindex.domain;

/**
 * A figure MotCua computes from its own data for a unit over a period, in percent, that a
 * {@link Method#COMPUTED} leaf turns into points by its thresholds.
 */
public enum Indicator {

	/** dossiers resolved early or on time among those resolved (the statistics' on-time rate) */
	ON_TIME_RATE,
	/** dossiers received online among those received in the period */
	ONLINE_SHARE,
	/** tasks done on time (against their original deadline) among those done or overdue (planning) */
	TASKS_ON_TIME,
	/** periodic reports sent by their due day among those due in the period (planning) */
	REPORTS_ON_TIME,
	/** feedback and petitions answered by their deadline among those due in the period (portal) */
	FEEDBACK_IN_TIME,
	/** applicants' ratings of the dossiers received in the period that are satisfied, 4 or 5 of 5 (statistics) */
	SATISFACTION;

	/** @return whether the figure counts the dossiers behind the statistics' drill-down. */
	public boolean dossiers() {
		return this == ON_TIME_RATE || this == ONLINE_SHARE;
	}

}
