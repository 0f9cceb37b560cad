package vn.motcua.monitoring.reports;

import org.jspecify.annotations.Nullable;

/**
 * A unit's averages per indicator of Circular 01/2018 ({@literal null} where no dossier had data),
 * its total out of 18 and grade.
 */
record UnitScore(String unitCode, String unitName, long dossiers, @Nullable Double i1, @Nullable Double i2,
		@Nullable Double i3, @Nullable Double i7, @Nullable Double i9, double total, Grade grade) {
}
