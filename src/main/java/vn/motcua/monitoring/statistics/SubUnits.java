package vn.motcua.monitoring.statistics;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;

/**
 * The breakdown by sub-unit: each unit directly below the selected one sums itself and everything
 * below it; the selected unit's own agencies make one more line when they have figures.
 */
@Component
class SubUnits {

	private final OrganizationManagement organization;

	SubUnits(OrganizationManagement organization) {
		this.organization = organization;
	}

	/** @return the lines ranked by on-time rate, from the tallies per unit id. */
	List<Line> lines(Selection s, Map<String, Tally> perUnit) {
		Map<String, Tally> buckets = new LinkedHashMap<>();
		Map<String, UnitView> labels = new HashMap<>();
		Map<String, String> bucketOf = new HashMap<>();
		for (UnitView child : this.organization.unitsOn(lastDay(s), s.unit().code())) {
			labels.put(child.code(), child);
			buckets.put(child.code(), new Tally());
			for (UUID id : this.organization.unitAndBelow(child.id())) {
				bucketOf.put(id.toString(), child.code());
			}
		}
		labels.put(s.unit().code(), s.unit());
		perUnit.forEach((unitId, tally) -> buckets
			.computeIfAbsent(bucketOf.getOrDefault(unitId, s.unit().code()), k -> new Tally())
			.add(tally));
		return buckets.entrySet()
			.stream()
			.filter(e -> labels.containsKey(e.getKey()))
			.map(e -> new Line(e.getKey(), labels.get(e.getKey()).name(), null, e.getValue().counts()))
			.sorted(Line.RANKING)
			.toList();
	}

	/** @return the day the unit last stood in the period: its end, or the unit's own end before it. */
	private static LocalDate lastDay(Selection s) {
		LocalDate validTo = s.unit().validTo();
		return validTo != null && validTo.isBefore(s.to()) ? validTo : s.to();
	}

}
