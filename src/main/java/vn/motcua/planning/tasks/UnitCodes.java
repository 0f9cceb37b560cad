package vn.motcua.planning.tasks;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.FieldInvalid;

/**
 * Units and departments named by their codes in planning's requests: an administrative unit in
 * force on the day (05611) or a department of one (000.03.00.H55, Sở Tư pháp), inside the actor's
 * scope.
 */
@Component
public class UnitCodes {

	private final OrganizationManagement organization;

	UnitCodes(OrganizationManagement organization) {
		this.organization = organization;
	}

	/** A unit named by a code, and the department named, if it was one. */
	public record Named(UnitView unit, Optional<AgencyView> agency) {

		/** @return how pages name it: the department's name, or the unit's. */
		public String name() {
			return this.agency.map(AgencyView::name).orElse(this.unit.name());
		}

	}

	/**
	 * @param field the request's field, named in the refusal.
	 * @throws FieldInvalid {@code validation.unit-unknown} when no unit or department has that code on
	 * the day or it is outside the actor's scope.
	 */
	public Named named(String field, String code, LocalDate day, Actor actor) {
		String c = code == null ? "" : code.strip();
		Optional<AgencyView> agency = this.organization.agencyOn(c, day);
		Optional<UnitView> unit = agency.isPresent() ? this.organization.unit(agency.get().unitId())
				: this.organization.unitOn(c, day);
		if (unit.isEmpty() || !this.organization.scopeOf(actor).contains(unit.get().id())) {
			throw new FieldInvalid(field, "validation.unit-unknown", c);
		}
		return new Named(unit.get(), agency);
	}

	/** @return the unit, for showing a stored id. */
	public Optional<UnitView> unit(UUID id) {
		return this.organization.unit(id);
	}

}
