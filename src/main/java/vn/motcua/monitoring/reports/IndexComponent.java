package vn.motcua.monitoring.reports;

import org.jspecify.annotations.Nullable;

import static vn.motcua.monitoring.reports.Hundredths.round;

/**
 * One indicator of the Decision 766 service index: its ratio, target and points (full points at or
 * above the target, else ratio × points ÷ target), or what data is missing to compute it.
 *
 * @param formula how a ratio that is not {@code numerator / denominator} was computed (a message
 * key), {@literal null} otherwise.
 */
record IndexComponent(String key, int maxPoints, @Nullable Double ratio, @Nullable Double target,
		@Nullable Double points, long numerator, long denominator, @Nullable String missing,
		@Nullable String formula) {

	/** @return the component computed from {@code numerator} out of {@code denominator}. */
	static IndexComponent of(String key, int maxPoints, long numerator, long denominator, double target) {
		if (denominator == 0) {
			return missing(key, maxPoints, "no-dossiers");
		}
		return scored(key, maxPoints, (double) numerator / denominator, target, numerator, denominator, null);
	}

	/** @return the component of a ratio computed by {@code formula}, clamped to 0–100 %. */
	static IndexComponent ofRatio(String key, int maxPoints, double ratio, double target, String formula) {
		return scored(key, maxPoints, Math.max(0, Math.min(1, ratio)), target, 0, 0, formula);
	}

	private static IndexComponent scored(String key, int maxPoints, double ratio, double target, long numerator,
			long denominator, @Nullable String formula) {
		double points = ratio >= target ? maxPoints : ratio * maxPoints / target;
		return new IndexComponent(key, maxPoints, round(ratio * 100), round(target * 100), round(points), numerator,
				denominator, null, formula);
	}

	/** @return the component that cannot be computed, and {@code why}. */
	static IndexComponent missing(String key, int maxPoints, String why) {
		return new IndexComponent(key, maxPoints, null, null, null, 0, 0, why, null);
	}

}
