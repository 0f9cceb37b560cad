package vn.motcua.dossier.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitType;
import vn.motcua.organization.UnitView;

/** Where a demo applicant lives, as the units were named then. */
final class DemoPlaces {

	private DemoPlaces() {
	}

	/**
	 * @return the applicant's commune as named on {@code day}: «xã Phú Lương» today, «xã Yên Lạc,
	 * huyện Phú Lương» in the district era, and a commune of the district for the district's own desk.
	 */
	static String of(OrganizationManagement organization, UnitView unit, LocalDate day, Random random) {
		if (unit.type() == UnitType.DISTRICT) {
			List<UnitView> communes = organization.unitsOn(day, unit.code());
			return communes.isEmpty() ? lowerFirst(unit.name())
					: of(organization, communes.get(random.nextInt(communes.size())), day, random);
		}
		return lowerFirst(unit.name()) + (unit.parentId() == null ? "" : organization.unit(unit.parentId())
			.filter(parent -> parent.type() == UnitType.DISTRICT)
			.map(parent -> ", " + lowerFirst(parent.name()))
			.orElse(""));
	}

	private static String lowerFirst(String name) {
		return name.isEmpty() ? name : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
	}

}
