package vn.motcua.dossier.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitType;

/**
 * Which agency a demo dossier is received for: the desk's own, or now and then — since 01/07/2025,
 * regardless of administrative boundary — another commune or a provincial department.
 */
final class DemoCompetence {

	private final OrganizationManagement organization;

	private final CatalogueManagement catalogue;

	DemoCompetence(OrganizationManagement organization, CatalogueManagement catalogue) {
		this.organization = organization;
		this.catalogue = catalogue;
	}

	/**
	 * About 3 in 100 are received regardless of boundary (Decree 118/2025 Art. 7): 2 for another
	 * commune, 1 for a provincial department's procedure.
	 * @return the competent agency with the procedures it may be received for.
	 */
	DemoDesks.Counter of(DemoDesks.Counter counter, LocalDate day, DemoStaff staff, Random random) {
		int draw = random.nextInt(100);
		if (draw >= 3 || day.isBefore(UnitType.TWO_TIERS_FROM)) {
			return counter;
		}
		Optional<DemoDesks.Counter> other = draw < 2
				? otherCommune(day, counter, staff, random)
				: department(day, counter, staff);
		return other.orElse(counter);
	}

	/**
	 * @return another staffed commune's People's Committee in force on {@code day}, if any, with the
	 * desk's procedures and applicants.
	 */
	Optional<DemoDesks.Counter> otherCommune(LocalDate day, DemoDesks.Counter counter, DemoStaff staff, Random random) {
		List<AgencyView> others = this.organization.agenciesOn(day, null)
			.stream()
			.filter(a -> a.kind() == AgencyKind.PEOPLES_COMMITTEE && !a.unitId().equals(counter.unit().id())
					&& staff.receives(a.unitId()) && counter.unit().type().isGrassroots())
			.toList();
		if (others.isEmpty()) {
			return Optional.empty();
		}
		AgencyView other = others.get(random.nextInt(others.size()));
		return Optional.of(new DemoDesks.Counter(other, this.organization.unit(other.unitId()).orElseThrow(), counter.procedures(),
				counter.place()));
	}

	/**
	 * @return a provincial department in force on {@code day} that is competent for a provincial
	 * procedure in force then, with that procedure, for a commune's desk; empty if none.
	 */
	Optional<DemoDesks.Counter> department(LocalDate day, DemoDesks.Counter counter, DemoStaff staff) {
		if (!counter.unit().type().isGrassroots()) {
			return Optional.empty();
		}
		List<ProcedureView> provincial = this.catalogue.search(null, day)
			.stream()
			.filter(p -> p.level() == ProcedureLevel.PROVINCE && p.particulars().competentAgency() != null)
			.toList();
		for (AgencyView a : this.organization.agenciesOn(day, null)) {
			List<ProcedureView> its = provincial.stream()
				.filter(p -> a.kind() == AgencyKind.DEPARTMENT && a.name().startsWith(p.particulars().competentAgency() + " "))
				.toList();
			if (!its.isEmpty() && staff.receives(a.unitId())) {
				return Optional.of(new DemoDesks.Counter(a, this.organization.unit(a.unitId()).orElseThrow(), its, counter.place()));
			}
		}
		return Optional.empty();
	}

}
