package vn.motcua.monitoring.reports;

/** The unit grades of Circular 01/2018 (≥15, 12, 9, 6, below), by the total out of 18. */
enum Grade {

	EXCELLENT(15), GOOD(12), FAIR(9), AVERAGE(6), WEAK(0);

	private final double floor;

	Grade(double floor) {
		this.floor = floor;
	}

	static Grade of(double total) {
		for (Grade g : values()) {
			if (total >= g.floor) {
				return g;
			}
		}
		return WEAK;
	}

}
