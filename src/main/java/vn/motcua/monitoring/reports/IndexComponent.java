package vn.motcua.monitoring.reports;

import org.jspecify.annotations.Nullable;

import static vn.motcua.monitoring.reports.Hundredths.round;

/**
 * One component of the Decision 766 service index: its ratio, target and points (full points at or
 * above the target, else ratio × points ÷ target), or what data is missing to compute it.
 */
record IndexComponent(String key, int maxPoints, @Nullable Double ratio, @Nullable Double target,
		@Nullable Double points, long numerator, long denominator, @Nullable String missing) {

	/** @return the component computed from {@code numerator} out of {@code denominator}. */
	static IndexComponent of(String key, int maxPoints, long numerator, long denominator, double target) {
		if (denominator == 0) {
			return missing(key, maxPoints, "no-dossiers");
		}
		double ratio = (double) numerator / denominator;
		double points = ratio >= target ? maxPoints : ratio * maxPoints / target;
		return new IndexComponent(key, maxPoints, round(ratio * 100), round(target * 100), round(points), numerator,
				denominator, null);
	}

	/** @return the component that cannot be computed, and {@code why}. */
	static IndexComponent missing(String key, int maxPoints, String why) {
		return new IndexComponent(key, maxPoints, null, null, null, 0, 0, why);
	}

}
