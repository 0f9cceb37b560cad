package vn.motcua.dossier.intake;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.motcua.calendar.Channel;
import vn.motcua.dossier.intake.IntakeRequest.ApplicantRequest;
import vn.motcua.shared.Texts;

/** The counter's intake form; mutable because the page binds to it (the API takes {@link IntakeRequest}). */
class IntakeForm {

	@NotBlank(message = "{validation.required}")
	private String procedureCode = "";

	@NotBlank(message = "{validation.required}")
	private String agencyCode = "";

	private Channel channel = Channel.DIRECT;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.too-long}")
	private String fullName = "";

	@Pattern(regexp = "|\\d{9}|\\d{12}", message = "{validation.id-number}")
	private String idNumber = "";

	@Pattern(regexp = "|[0-9 .+()-]{8,20}", message = "{validation.phone}")
	private String phone = "";

	@Email(message = "{validation.email}")
	@Size(max = 120, message = "{validation.too-long}")
	private String email = "";

	@Size(max = 300, message = "{validation.too-long}")
	private String address = "";

	private IntakeRequest.Outcome outcome = IntakeRequest.Outcome.RECEIVE;

	@Size(max = 2000, message = "{validation.too-long}")
	private String reason = "";

	IntakeRequest request() {
		return new IntakeRequest(this.procedureCode, this.agencyCode, this.channel,
				new ApplicantRequest(this.fullName, Texts.blankToNull(this.idNumber), Texts.blankToNull(this.phone), Texts.blankToNull(this.email),
						Texts.blankToNull(this.address)),
				this.outcome, Texts.blankToNull(this.reason));
	}

	public String getProcedureCode() {
		return this.procedureCode;
	}

	public void setProcedureCode(String procedureCode) {
		this.procedureCode = procedureCode;
	}

	public String getAgencyCode() {
		return this.agencyCode;
	}

	public void setAgencyCode(String agencyCode) {
		this.agencyCode = agencyCode;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getIdNumber() {
		return this.idNumber;
	}

	public void setIdNumber(String idNumber) {
		this.idNumber = idNumber;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public IntakeRequest.Outcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(IntakeRequest.Outcome outcome) {
		this.outcome = outcome;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

}
