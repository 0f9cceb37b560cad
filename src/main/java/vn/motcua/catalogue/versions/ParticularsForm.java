package vn.motcua.catalogue.versions;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.ProcedureView.Particulars;
import vn.motcua.shared.Texts;

/** The national database's descriptive fields of a procedure form; mutable because the page binds to it. */
class ParticularsForm {

	@Size(max = 2000, message = "{validation.too-long}")
	private String applicants = "";

	@Size(max = 2000, message = "{validation.too-long}")
	private String competentAgency = "";

	@Size(max = 2000, message = "{validation.too-long}")
	private String result = "";

	@Size(max = 5000, message = "{validation.too-long}")
	private String conditions = "";

	@Size(max = 10000, message = "{validation.too-long}")
	private String filingSteps = "";

	private @Nullable String sources;

	private @Nullable String unverified;

	void fill(Particulars particulars) {
		this.applicants = orEmpty(particulars.applicants());
		this.competentAgency = orEmpty(particulars.competentAgency());
		this.result = orEmpty(particulars.result());
		this.conditions = orEmpty(particulars.conditions());
		this.filingSteps = orEmpty(particulars.filingSteps());
		this.sources = particulars.sources();
		this.unverified = particulars.unverified();
	}

	Particulars particulars() {
		return new Particulars(Texts.blankToNull(this.applicants), Texts.blankToNull(this.competentAgency),
				Texts.blankToNull(this.result), Texts.blankToNull(this.conditions), Texts.blankToNull(this.filingSteps),
				Texts.blankToNull(this.sources), Texts.blankToNull(this.unverified));
	}

	static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	public String getApplicants() {
		return this.applicants;
	}

	public void setApplicants(String applicants) {
		this.applicants = applicants;
	}

	public String getCompetentAgency() {
		return this.competentAgency;
	}

	public void setCompetentAgency(String competentAgency) {
		this.competentAgency = competentAgency;
	}

	public String getResult() {
		return this.result;
	}

	public void setResult(String result) {
		this.result = result;
	}

	public String getConditions() {
		return this.conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

	public String getFilingSteps() {
		return this.filingSteps;
	}

	public void setFilingSteps(String filingSteps) {
		this.filingSteps = filingSteps;
	}

	public @Nullable String getSources() {
		return this.sources;
	}

	public void setSources(@Nullable String sources) {
		this.sources = sources;
	}

	public @Nullable String getUnverified() {
		return this.unverified;
	}

	public void setUnverified(@Nullable String unverified) {
		this.unverified = unverified;
	}

}
