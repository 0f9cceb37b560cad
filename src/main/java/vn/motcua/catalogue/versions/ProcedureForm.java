package vn.motcua.catalogue.versions;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.catalogue.OnlineLevel;
import vn.motcua.catalogue.ProcedureDraft;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.catalogue.domain.RequiredDocuments;
import vn.motcua.shared.Texts;

import org.springframework.format.annotation.DateTimeFormat;

/** A new version of a procedure being entered; mutable because the page binds to it. */
class ProcedureForm extends ParticularsForm {

	@NotBlank(message = "{validation.required}")
	@Size(max = 500, message = "{validation.too-long}")
	private String name = "";

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String field = "";

	private ProcedureLevel level = ProcedureLevel.COMMUNE;

	@Min(value = 0, message = "{validation.time-limit}")
	@Max(value = 3650, message = "{validation.time-limit}")
	private @Nullable Integer timeLimit;

	private TimeLimitUnit timeUnit = TimeLimitUnit.WORKING_DAYS;

	private Set<ReceiptRule> receiptRules = new HashSet<>();

	@Min(value = 0, message = "{validation.fee}")
	private @Nullable Long feeVnd;

	@Size(max = 1000, message = "{validation.too-long}")
	private String feeNote = "";

	private OnlineLevel onlineLevel = OnlineLevel.DIRECT_ONLY;

	@Size(max = 1000, message = "{validation.too-long}")
	private String legalBasis = "";

	@Size(max = 5000, message = "{validation.too-long}")
	private String documents = "";

	@NotNull(message = "{validation.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate effectiveFrom;

	static ProcedureForm of(ProcedureView p, LocalDate from) {
		var form = new ProcedureForm();
		form.name = p.name();
		form.field = p.field();
		form.level = p.level();
		form.timeLimit = p.timeLimit();
		form.timeUnit = p.timeUnit() == null ? TimeLimitUnit.WORKING_DAYS : p.timeUnit();
		form.receiptRules = new HashSet<>(p.receiptRules());
		form.feeVnd = p.feeVnd();
		form.feeNote = orEmpty(p.feeNote());
		form.onlineLevel = p.onlineLevel();
		form.legalBasis = orEmpty(p.legalBasis());
		form.documents = p.documents().stream().map(ProcedureView.RequiredDocument::name).collect(Collectors.joining("\n"));
		form.fill(p.particulars());
		form.effectiveFrom = from;
		return form;
	}

	ProcedureDraft draft(String code) {
		if (this.effectiveFrom == null) {
			throw new IllegalStateException("validated form has a date");
		}
		return new ProcedureDraft(code, this.name.strip(), this.field.strip(), this.level, this.effectiveFrom, null,
				this.timeLimit, this.timeLimit == null ? null : this.timeUnit, this.receiptRules, this.feeVnd, Texts.blankToNull(this.feeNote),
				this.onlineLevel,
				Texts.blankToNull(this.legalBasis), RequiredDocuments.parse(this.documents), List.of(), particulars());
	}

	public Set<ReceiptRule> getReceiptRules() {
		return this.receiptRules;
	}

	public void setReceiptRules(Set<ReceiptRule> receiptRules) {
		this.receiptRules = receiptRules;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getField() {
		return this.field;
	}

	public void setField(String field) {
		this.field = field;
	}

	public ProcedureLevel getLevel() {
		return this.level;
	}

	public void setLevel(ProcedureLevel level) {
		this.level = level;
	}

	public @Nullable Integer getTimeLimit() {
		return this.timeLimit;
	}

	public void setTimeLimit(@Nullable Integer timeLimit) {
		this.timeLimit = timeLimit;
	}

	public TimeLimitUnit getTimeUnit() {
		return this.timeUnit;
	}

	public void setTimeUnit(TimeLimitUnit timeUnit) {
		this.timeUnit = timeUnit;
	}

	public @Nullable Long getFeeVnd() {
		return this.feeVnd;
	}

	public void setFeeVnd(@Nullable Long feeVnd) {
		this.feeVnd = feeVnd;
	}

	public String getFeeNote() {
		return this.feeNote;
	}

	public void setFeeNote(String feeNote) {
		this.feeNote = feeNote;
	}

	public OnlineLevel getOnlineLevel() {
		return this.onlineLevel;
	}

	public void setOnlineLevel(OnlineLevel onlineLevel) {
		this.onlineLevel = onlineLevel;
	}

	public String getLegalBasis() {
		return this.legalBasis;
	}

	public void setLegalBasis(String legalBasis) {
		this.legalBasis = legalBasis;
	}

	public String getDocuments() {
		return this.documents;
	}

	public void setDocuments(String documents) {
		this.documents = documents;
	}

	public @Nullable LocalDate getEffectiveFrom() {
		return this.effectiveFrom;
	}

	public void setEffectiveFrom(@Nullable LocalDate effectiveFrom) {
		this.effectiveFrom = effectiveFrom;
	}

}
