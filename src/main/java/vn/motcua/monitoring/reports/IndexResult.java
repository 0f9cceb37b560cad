package vn.motcua.monitoring.reports;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.monitoring.statistics.Selection;

import static vn.motcua.monitoring.reports.Hundredths.round;

/**
 * The Decision 766 service index of a unit for a period.
 * @param groups the five groups, 100 points in all.
 * @param components every group's indicators, in order.
 * @param points the sum over the indicators computed.
 * @param maxPoints the most those indicators could give.
 */
record IndexResult(String unitCode, String unitName, LocalDate from, LocalDate to, List<IndexGroup> groups,
		List<IndexComponent> components, double points, int maxPoints) {

	/** @return the index of the selection from its groups, summing the indicators computed. */
	static IndexResult of(Selection s, List<IndexGroup> groups) {
		List<IndexComponent> components = groups.stream().flatMap(g -> g.indicators().stream()).toList();
		double points = 0;
		int max = 0;
		for (IndexComponent k : components) {
			if (k.points() != null) {
				points += k.points();
				max += k.maxPoints();
			}
		}
		return new IndexResult(s.unit().code(), s.unit().name(), s.from(), s.to(), groups, components, round(points),
				max);
	}

}
