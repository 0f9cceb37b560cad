package vn.motcua.dossier.online;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitType;
import vn.motcua.organization.UnitView;

import org.springframework.stereotype.Component;

/**
 * Where a citizen may file a procedure online: one office per unit in force of the procedure's
 * level — its one-stop desk where it has one, else its People's Committee — by name; a district
 * procedure, once the districts were dissolved, goes to the communes that took it over. The same
 * rule as the procedure's public page (portal's {@code FilingOffices}), which this module cannot
 * call.
 */
@Component
class FilingDesks {

	private final OrganizationManagement organization;

	FilingDesks(OrganizationManagement organization) {
		this.organization = organization;
	}

	/** @return the offices where {@code procedure} is filed on {@code day}, by name. */
	List<AgencyView> of(ProcedureView procedure, LocalDate day) {
		Map<UUID, UnitView> units = this.organization.unitsOn(day, null)
			.stream()
			.collect(Collectors.toMap(UnitView::id, Function.identity(), (a, b) -> a));
		List<AgencyView> agencies = this.organization.agenciesOn(day, null);
		List<AgencyView> atLevel = at(agencies, units, procedure.level());
		return atLevel.isEmpty() && procedure.level() == ProcedureLevel.DISTRICT
				? at(agencies, units, ProcedureLevel.COMMUNE) : atLevel;
	}

	private static List<AgencyView> at(List<AgencyView> agencies, Map<UUID, UnitView> units, ProcedureLevel level) {
		return agencies.stream()
			.filter(a -> a.kind() != AgencyKind.DEPARTMENT)
			.filter(a -> units.containsKey(a.unitId()) && levelOf(units.get(a.unitId()).type()) == level)
			.collect(Collectors.groupingBy(AgencyView::unitId))
			.values()
			.stream()
			.map(list -> list.stream().min(Comparator.comparing(a -> a.kind() != AgencyKind.ONE_STOP_DESK)).orElseThrow())
			.sorted(Comparator.comparing(AgencyView::name))
			.toList();
	}

	private static ProcedureLevel levelOf(UnitType type) {
		return switch (type) {
			case PROVINCE -> ProcedureLevel.PROVINCE;
			case DISTRICT -> ProcedureLevel.DISTRICT;
			case COMMUNE, WARD, TOWN -> ProcedureLevel.COMMUNE;
		};
	}

}
