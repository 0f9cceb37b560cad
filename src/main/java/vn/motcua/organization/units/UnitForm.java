package vn.motcua.organization.units;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.organization.UnitType;
import vn.motcua.organization.UnitView;
import vn.motcua.organization.domain.AdministrativeUnit.UnitDetails;
import vn.motcua.shared.Texts;

import org.springframework.format.annotation.DateTimeFormat;

/** The unit edit form; mutable because the page binds to it. */
class UnitForm {

	@NotBlank(message = "{validation.required}")
	@Pattern(regexp = "\\d{2,5}", message = "{validation.unit-code}")
	private String code = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String name = "";

	@NotNull(message = "{validation.required}")
	private @Nullable UnitType type = UnitType.COMMUNE;

	private @Nullable UUID parentId;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate validTo;

	@Size(max = 1000, message = "{validation.too-long}")
	private @Nullable String note;

	private long version;

	static UnitForm of(UnitView unit) {
		var form = new UnitForm();
		form.code = unit.code();
		form.name = unit.name();
		form.type = unit.type();
		form.parentId = unit.parentId();
		form.validFrom = unit.validFrom();
		form.validTo = unit.validTo();
		form.note = unit.note();
		form.version = unit.version();
		return form;
	}

	UnitDetails details() {
		return new UnitDetails(this.code, this.name, this.type == null ? UnitType.COMMUNE : this.type, this.parentId,
				this.validFrom, this.validTo, Texts.blankToNull(this.note));
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

	public @Nullable UnitType getType() {
		return this.type;
	}

	public void setType(@Nullable UnitType type) {
		this.type = type;
	}

	public @Nullable UUID getParentId() {
		return this.parentId;
	}

	public void setParentId(@Nullable UUID parentId) {
		this.parentId = parentId;
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

	public @Nullable String getNote() {
		return this.note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
