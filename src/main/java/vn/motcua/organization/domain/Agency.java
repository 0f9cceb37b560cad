package vn.motcua.organization.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.AgencyKind;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An agency (cơ quan) of an administrative unit. */
@Table("organization_agency")
public class Agency {

	@Id
	private final UUID id;

	private String code;

	private String name;

	private AgencyKind kind;

	private UUID unitId;

	private @Nullable UUID parentId;

	private @Nullable String address;

	private @Nullable String phone;

	private @Nullable String email;

	private @Nullable LocalDate validFrom;

	private @Nullable LocalDate validTo;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Agency(UUID id, String code, String name, AgencyKind kind, UUID unitId, @Nullable UUID parentId,
			@Nullable String address, @Nullable String phone, @Nullable String email, @Nullable LocalDate validFrom,
			@Nullable LocalDate validTo, @Nullable Long version) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.unitId = unitId;
		this.parentId = parentId;
		this.address = address;
		this.phone = phone;
		this.email = email;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.version = version;
	}

	public static Agency create(AgencyDetails details) {
		var agency = new Agency(UUID.randomUUID(), "", "", AgencyKind.PEOPLES_COMMITTEE, details.unitId(), null, null,
				null, null, null, null, null);
		agency.change(details);
		return agency;
	}

	public void change(AgencyDetails details) {
		ValidityPeriod.check(details.validFrom(), details.validTo());
		if (this.id.equals(details.parentId())) {
			throw new OrganizationRuleViolated("agency-parent-self");
		}
		this.code = details.code().strip();
		this.name = details.name().strip();
		this.kind = details.kind();
		this.unitId = details.unitId();
		this.parentId = details.parentId();
		this.address = details.address();
		this.phone = details.phone();
		this.email = details.email();
		this.validFrom = details.validFrom();
		this.validTo = details.validTo();
	}

	public UUID id() {
		return this.id;
	}

	public UUID unitId() {
		return this.unitId;
	}

	public @Nullable Long version() {
		return this.version;
	}

	/** What an administrator enters for an agency. */
	public record AgencyDetails(String code, String name, AgencyKind kind, UUID unitId, @Nullable UUID parentId,
			@Nullable String address, @Nullable String phone, @Nullable String email, @Nullable LocalDate validFrom,
			@Nullable LocalDate validTo) {
	}

}
