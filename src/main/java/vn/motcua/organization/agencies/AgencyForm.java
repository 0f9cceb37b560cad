package vn.motcua.organization.agencies;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.domain.Agency.AgencyDetails;
import vn.motcua.shared.Texts;

import org.springframework.format.annotation.DateTimeFormat;

/** The agency edit form; mutable because the page binds to it. */
class AgencyForm {

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "[0-9A-Z][0-9A-Z.]{2,38}", message = "{validation.agency-code}")
	private String code = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 250, message = "{validation.too-long}")
	private String name = "";

	@NotNull(message = "{validation.required}")
	private @Nullable AgencyKind kind = AgencyKind.PEOPLES_COMMITTEE;

	@NotNull(message = "{validation.required}")
	private @Nullable UUID unitId;

	private @Nullable UUID parentId;

	@Size(max = 300, message = "{validation.too-long}")
	private @Nullable String address;

	@Pattern(regexp = "[0-9 .+()-]{0,40}", message = "{validation.phone}")
	private @Nullable String phone;

	@Email(message = "{validation.email}")
	@Size(max = 120, message = "{validation.too-long}")
	private @Nullable String email;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate validTo;

	private long version;

	static AgencyForm of(AgencyView agency) {
		var form = new AgencyForm();
		form.code = agency.code();
		form.name = agency.name();
		form.kind = agency.kind();
		form.unitId = agency.unitId();
		form.parentId = agency.parentId();
		form.address = agency.address();
		form.phone = agency.phone();
		form.email = agency.email();
		form.validFrom = agency.validFrom();
		form.validTo = agency.validTo();
		form.version = agency.version();
		return form;
	}

	AgencyDetails details() {
		if (this.unitId == null || this.kind == null) {
			throw new IllegalStateException("validated form has a unit and a kind");
		}
		return new AgencyDetails(this.code, this.name, this.kind, this.unitId, this.parentId, Texts.blankToNull(this.address),
				Texts.blankToNull(this.phone), Texts.blankToNull(this.email), this.validFrom, this.validTo);
	}


	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable AgencyKind getKind() {
		return this.kind;
	}

	public void setKind(@Nullable AgencyKind kind) {
		this.kind = kind;
	}

	public @Nullable UUID getUnitId() {
		return this.unitId;
	}

	public void setUnitId(@Nullable UUID unitId) {
		this.unitId = unitId;
	}

	public @Nullable UUID getParentId() {
		return this.parentId;
	}

	public void setParentId(@Nullable UUID parentId) {
		this.parentId = parentId;
	}

	public @Nullable String getAddress() {
		return this.address;
	}

	public void setAddress(@Nullable String address) {
		this.address = address;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(@Nullable LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public @Nullable LocalDate getValidTo() {
		return this.validTo;
	}

	public void setValidTo(@Nullable LocalDate validTo) {
		this.validTo = validTo;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
