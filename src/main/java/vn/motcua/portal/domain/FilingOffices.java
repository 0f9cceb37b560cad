package vn.motcua.portal.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.UnitType;
import vn.motcua.organization.UnitView;

/**
 * Where the public files a procedure: one office per unit of the procedure's level — its one-stop
 * desk where it has one, else its People's Committee — by name. A district procedure, once the
 * districts were dissolved, is filed with the communes that took it over.
 */
public final class FilingOffices {

	private FilingOffices() {
	}

	/**
	 * @param agencies the agencies in force (departments never receive the public).
	 * @param units the units in force.
	 * @return the offices, by name; empty when no unit of the level has one.
	 */
	public static List<AgencyView> of(ProcedureLevel level, List<AgencyView> agencies, List<UnitView> units) {
		Map<UUID, UnitView> byId = units.stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
		List<AgencyView> atLevel = desks(agencies, byId, level);
		return atLevel.isEmpty() && level == ProcedureLevel.DISTRICT ? desks(agencies, byId, ProcedureLevel.COMMUNE)
				: atLevel;
	}

	/** @return the level of the procedures a unit of that type handles. */
	public static ProcedureLevel levelOf(UnitType type) {
		return switch (type) {
			case PROVINCE -> ProcedureLevel.PROVINCE;
			case DISTRICT -> ProcedureLevel.DISTRICT;
			case COMMUNE, WARD, TOWN -> ProcedureLevel.COMMUNE;
		};
	}

	private static List<AgencyView> desks(List<AgencyView> agencies, Map<UUID, UnitView> units, ProcedureLevel level) {
		Map<UUID, List<AgencyView>> byUnit = agencies.stream()
			.filter(a -> a.kind() != AgencyKind.DEPARTMENT)
			.filter(a -> units.containsKey(a.unitId()) && levelOf(units.get(a.unitId()).type()) == level)
			.collect(Collectors.groupingBy(AgencyView::unitId));
		return byUnit.values()
			.stream()
			.map(list -> list.stream().min(Comparator.comparing(a -> a.kind() != AgencyKind.ONE_STOP_DESK)).orElseThrow())
			.sorted(Comparator.comparing(AgencyView::name))
			.toList();
	}

}
