package vn.motcua.monitoring.reports;

/** A unit's averages per indicator of Circular 01/2018, its total out of 18 and grade. */
record UnitScore(String unitCode, String unitName, long dossiers, double i1, double i2, double i3, double i7,
		double i9, double total, Grade grade) {
}
