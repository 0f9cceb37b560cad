package vn.motcua.monitoring.reports;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.monitoring.statistics.Selection;

import static vn.motcua.monitoring.reports.Hundredths.round;

/**
 * The Decision 766 service index of a unit for a period.
 * @param points the sum over the components computed.
 * @param maxPoints the most those components could give.
 */
record IndexResult(String unitCode, String unitName, LocalDate from, LocalDate to, List<IndexComponent> components,
		double points, int maxPoints) {

	/** @return the index of the selection from its components, summing those computed. */
	static IndexResult of(Selection s, List<IndexComponent> components) {
		double points = 0;
		int max = 0;
		for (IndexComponent k : components) {
			if (k.points() != null) {
				points += k.points();
				max += k.maxPoints();
			}
		}
		return new IndexResult(s.unit().code(), s.unit().name(), s.from(), s.to(), components, round(points), max);
	}

}
