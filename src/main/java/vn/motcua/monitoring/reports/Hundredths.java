package vn.motcua.monitoring.reports;

/** Scores and ratios are shown to two decimals. */
final class Hundredths {

	private Hundredths() {
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

}
