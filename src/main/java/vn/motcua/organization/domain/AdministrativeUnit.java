package vn.motcua.organization.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.UnitType;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An administrative unit in one era (đơn vị hành chính). */
@Table("organization_unit")
public class AdministrativeUnit {

	@Id
	private final UUID id;

	private String code;

	private String name;

	private UnitType type;

	private @Nullable UUID parentId;

	private @Nullable LocalDate validFrom;

	private @Nullable LocalDate validTo;

	private @Nullable String note;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	AdministrativeUnit(UUID id, String code, String name, UnitType type, @Nullable UUID parentId,
			@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String note, @Nullable Long version) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.type = type;
		this.parentId = parentId;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.note = note;
		this.version = version;
	}

	public static AdministrativeUnit create(UnitDetails details) {
		var unit = new AdministrativeUnit(UUID.randomUUID(), "", "", UnitType.COMMUNE, null, null, null, null, null);
		unit.change(details);
		return unit;
	}

	/** Replaces what an administrator edits; the validity rule is checked here. */
	public void change(UnitDetails details) {
		ValidityPeriod.check(details.validFrom(), details.validTo());
		if (this.id.equals(details.parentId())) {
			throw new OrganizationRuleViolated("unit-parent-self");
		}
		this.code = details.code().strip();
		this.name = details.name().strip();
		this.type = details.type();
		this.parentId = details.parentId();
		this.validFrom = details.validFrom();
		this.validTo = details.validTo();
		this.note = details.note();
	}

	public UUID id() {
		return this.id;
	}

	public String code() {
		return this.code;
	}

	public String name() {
		return this.name;
	}

	public UnitType type() {
		return this.type;
	}

	public @Nullable UUID parentId() {
		return this.parentId;
	}

	public @Nullable LocalDate validFrom() {
		return this.validFrom;
	}

	public @Nullable LocalDate validTo() {
		return this.validTo;
	}

	public @Nullable String note() {
		return this.note;
	}

	public @Nullable Long version() {
		return this.version;
	}

	/** What an administrator enters for a unit. */
	public record UnitDetails(String code, String name, UnitType type, @Nullable UUID parentId,
			@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable String note) {
	}

}
