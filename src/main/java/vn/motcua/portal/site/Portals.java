package vn.motcua.portal.site;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;

/**
 * Whose portal this is on a given day: the unit of {@code motcua.portal.unit} while it exists — a
 * district's portal until 30/06/2025 — and, once it has been dissolved (Resolution 202/2025/QH15:
 * no district tier from 01/07/2025), the province's; with no setting, the province's. Each unit in
 * force under it has its own section; a dissolved unit's section stays readable as an archive.
 */
@Service
public class Portals {

	private final OrganizationManagement organization;

	private final String configured;

	Portals(OrganizationManagement organization, @Value("${motcua.portal.unit:}") String configured) {
		this.organization = organization;
		this.configured = configured.strip();
	}

	/** @return the unit whose portal this is on {@code date}, if any unit is in force. */
	public Optional<UnitView> owner(LocalDate date) {
		return (this.configured.isEmpty() ? Optional.<UnitView>empty() : this.organization.unitOn(this.configured, date))
			.or(() -> this.organization.topUnitOn(date));
	}

	/** @return the units in force on {@code date} directly under the owner, with a section each, by name. */
	public List<UnitView> sections(LocalDate date) {
		return owner(date).map(o -> this.organization.unitsOn(date, o.code()).stream()
				.sorted(Comparator.comparing(UnitView::name, java.text.Collator.getInstance(vn.motcua.shared.Vietnam.LOCALE)))
				.toList())
			.orElse(List.of());
	}

	/** @return the unit with that code in force on {@code date}, or else the last unit that had it (an archive). */
	public Optional<UnitView> section(String code, LocalDate date) {
		return this.organization.unitOn(code, date)
			.or(() -> this.organization.allUnits().stream()
				.filter(u -> u.code().equals(code) && u.validTo() != null && u.validTo().isBefore(date))
				.max(Comparator.comparing(UnitView::validTo)));
	}

}
