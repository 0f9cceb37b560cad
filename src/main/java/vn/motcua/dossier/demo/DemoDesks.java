package vn.motcua.dossier.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitType;
import vn.motcua.organization.UnitView;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Where and what the demo receives on a day: the desks of the staffed units in force then (a
 * commune's for commune procedures, the district's before 01/07/2025 for district ones) and the
 * procedures of the catalogue in force then (chosen at run time, never by code; civil status and
 * certification the most frequent, as at a real desk).
 */
@Component
@Profile("demo")
class DemoDesks {

	private final OrganizationManagement organization;

	private final CatalogueManagement catalogue;

	private final DemoCompetence competence;

	DemoDesks(OrganizationManagement organization, CatalogueManagement catalogue) {
		this.organization = organization;
		this.catalogue = catalogue;
		this.competence = new DemoCompetence(organization, catalogue);
	}

	/** @return the agency a dossier at {@code counter} is received for, with its procedures ({@link DemoCompetence}). */
	Counter competent(Counter counter, LocalDate day, DemoStaff staff, Random random) {
		return this.competence.of(counter, day, staff, random);
	}

	/** @return a desk in force on {@code day} at random, with its unit and procedures; empty if none. */
	Optional<Counter> counter(LocalDate day, DemoStaff staff, Random random) {
		List<AgencyView> agencies = receivingDesks(day, staff);
		if (agencies.isEmpty()) {
			return Optional.empty();
		}
		AgencyView agency = agencies.get(random.nextInt(agencies.size()));
		UnitView unit = this.organization.unit(agency.unitId()).orElseThrow();
		List<ProcedureView> procedures = proceduresOf(unit.type(), day);
		return procedures.isEmpty() ? Optional.empty()
				: Optional.of(new Counter(agency, unit, procedures, DemoPlaces.of(this.organization, unit, day, random)));
	}

	/** A desk receiving on a day: its agency, unit, the procedures it may receive and where its applicants live. */
	record Counter(AgencyView agency, UnitView unit, List<ProcedureView> procedures, String place) {
	}

	/**
	 * @return the one-stop desk (else the people's committee) of each district and commune in force on
	 * {@code day} with a desk officer; the province's centre receives only the province's procedures,
	 * which the demo files at the communes' desks instead.
	 */
	private List<AgencyView> receivingDesks(LocalDate day, DemoStaff staff) {
		List<AgencyView> staffed = this.organization.agenciesOn(day, null)
			.stream()
			.filter(a -> staff.receives(a.unitId())
					&& this.organization.unit(a.unitId()).map(u -> u.type() != UnitType.PROVINCE).orElse(false))
			.toList();
		return staffed.stream()
			.filter(a -> a.kind() == AgencyKind.ONE_STOP_DESK || (a.kind() == AgencyKind.PEOPLES_COMMITTEE
					&& staffed.stream().noneMatch(d -> d.unitId().equals(a.unitId()) && d.kind() == AgencyKind.ONE_STOP_DESK)))
			.toList();
	}

	/** @return the procedures in force on {@code day} of the level of a unit of that type (all when there are none). */
	private List<ProcedureView> proceduresOf(UnitType type, LocalDate day) {
		ProcedureLevel level = switch (type) {
			case PROVINCE -> ProcedureLevel.PROVINCE;
			case DISTRICT -> ProcedureLevel.DISTRICT;
			default -> ProcedureLevel.COMMUNE;
		};
		List<ProcedureView> all = this.catalogue.search(null, day);
		List<ProcedureView> ofLevel = all.stream().filter(p -> p.level() == level).toList();
		return ofLevel.isEmpty() ? all : ofLevel;
	}

	/** Civil status (hộ tịch) and certification (chứng thực) are most of a commune desk's work. */
	static ProcedureView pick(List<ProcedureView> procedures, Random random) {
		for (int attempt = 0; attempt < 3; attempt++) {
			ProcedureView p = procedures.get(random.nextInt(procedures.size()));
			String field = p.field().toLowerCase(Locale.ROOT);
			if (field.contains("hộ tịch") || field.contains("chứng thực") || attempt == 2) {
				return p;
			}
		}
		return procedures.get(0);
	}

}
