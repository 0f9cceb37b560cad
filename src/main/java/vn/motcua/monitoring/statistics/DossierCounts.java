package vn.motcua.monitoring.statistics;

import org.jspecify.annotations.Nullable;

/**
 * The figures of report II.06a for some units and a period: received (carried over from before
 * the period plus new online and direct or postal), resolved in the period (early, on time, late —
 * a refusal after appraisal is a result too), still pending at the end of the period (within time,
 * overdue), and withdrawn. Carried over plus new always equals resolved plus withdrawn plus pending.
 *
 * @param averageDays average calendar days from receipt to result of the dossiers resolved in the
 * period, {@literal null} when none was.
 * @param onTimeRate the share resolved early or on time, in percent with one decimal,
 * {@literal null} when none was resolved.
 */
public record DossierCounts(Received received, Resolved resolved, Pending pending, long withdrawn,
		@Nullable Double averageDays, @Nullable Double onTimeRate) {

	/** @param carriedOver pending when the period began. */
	public record Received(long total, long online, long direct, long carriedOver) {
	}

	public record Resolved(long total, long early, long onTime, long late) {
	}

	public record Pending(long total, long withinTime, long overdue) {
	}

}
