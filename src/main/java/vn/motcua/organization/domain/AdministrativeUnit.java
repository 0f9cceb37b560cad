package vn.motcua.organization.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.UnitType;

/**
 * An administrative unit in one era (đơn vị hành chính): what an administrator entered, checked
 * against the rules of the organisation model, and the version it was read at.
 */
public final class AdministrativeUnit {

	private final UUID id;

	private UnitDetails details;

	private final long version;

	private AdministrativeUnit(UUID id, UnitDetails details, long version) {
		this.id = id;
		this.details = details;
		this.version = version;
	}

	/**
	 * A new unit, not yet stored (version 0).
	 * @throws OrganizationRuleViolated {@code validity-reversed}.
	 */
	public static AdministrativeUnit create(UnitDetails details) {
		var unit = new AdministrativeUnit(UUID.randomUUID(), details, 0);
		unit.change(details);
		return unit;
	}

	/** A unit as stored, at {@code version}; its details are not checked again. */
	public static AdministrativeUnit restore(UUID id, UnitDetails details, long version) {
		return new AdministrativeUnit(id, details, version);
	}

	/**
	 * Replaces what an administrator edits: code and name without surrounding white space.
	 * @throws OrganizationRuleViolated {@code validity-reversed} for a period that ends before it
	 * starts, {@code unit-parent-self} for a unit above itself.
	 */
	public void change(UnitDetails details) {
		ValidityPeriod.check(details.validFrom(), details.validTo());
		if (this.id.equals(details.parentId())) {
			throw new OrganizationRuleViolated("unit-parent-self");
		}
		this.details = new UnitDetails(details.code().strip(), details.name().strip(), details.type(),
				details.parentId(), details.validFrom(), details.validTo(), details.note());
	}

	public UUID id() {
		return this.id;
	}

	/** @return what is stored of the unit besides its id and version. */
	public UnitDetails details() {
		return this.details;
	}

	public String code() {
		return this.details.code();
	}

	public @Nullable UUID parentId() {
		return this.details.parentId();
	}

	/** @return the version the unit was read at (0 before it is stored). */
	public long version() {
		return this.version;
	}

	/** What an administrator enters for a unit. */
	public record UnitDetails(String code, String name, UnitType type, @Nullable UUID parentId,
			@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String note) {
	}

}
