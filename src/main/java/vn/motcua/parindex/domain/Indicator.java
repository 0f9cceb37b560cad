package vn.motcua.parindex.domain;

/**
 * A figure MotCua computes from its own data for a unit over a period, in percent, that a
 * {@link Method#COMPUTED} leaf turns into points by its thresholds.
 */
public enum Indicator {

	/** dossiers resolved early or on time among those resolved (the statistics' on-time rate) */
	ON_TIME_RATE,
	/** dossiers received online among those received in the period */
	ONLINE_SHARE

}
