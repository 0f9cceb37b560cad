package vn.motcua.dossier.intake;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.catalogue.ProcedureView.RequiredDocument;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.domain.HandedDocument;
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

	private List<@Nullable Integer> originals = new ArrayList<>();

	private List<@Nullable Integer> copies = new ArrayList<>();

	private ResultDelivery resultDelivery = ResultDelivery.DESK;

	@Min(value = 1, message = "{validation.sets}")
	@Max(value = 99, message = "{validation.sets}")
	private int sets = 1;

	private String competentAgencyCode = "";

	private boolean receiptAsked;

	/** @param documents the procedure's required documents, whose counts were typed in order. */
	IntakeRequest request(List<RequiredDocument> documents) {
		List<HandedDocument> handed = new ArrayList<>();
		for (int i = 0; i < documents.size(); i++) {
			handed.add(new HandedDocument(documents.get(i).position(), documents.get(i).name(), count(this.originals, i),
					count(this.copies, i)));
		}
		return new IntakeRequest(this.procedureCode, this.agencyCode, this.channel,
				new ApplicantRequest(this.fullName, Texts.blankToNull(this.idNumber), Texts.blankToNull(this.phone), Texts.blankToNull(this.email),
						Texts.blankToNull(this.address)),
				this.outcome, Texts.blankToNull(this.reason), handed, this.resultDelivery, this.sets,
				Texts.blankToNull(this.competentAgencyCode), this.receiptAsked);
	}

	private static int count(List<@Nullable Integer> counts, int index) {
		Integer count = index < counts.size() ? counts.get(index) : null;
		return count == null ? 0 : count;
	}

	public List<@Nullable Integer> getOriginals() {
		return this.originals;
	}

	public void setOriginals(List<@Nullable Integer> originals) {
		this.originals = originals;
	}

	public List<@Nullable Integer> getCopies() {
		return this.copies;
	}

	public void setCopies(List<@Nullable Integer> copies) {
		this.copies = copies;
	}

	public ResultDelivery getResultDelivery() {
		return this.resultDelivery;
	}

	public void setResultDelivery(ResultDelivery resultDelivery) {
		this.resultDelivery = resultDelivery;
	}

	public String getCompetentAgencyCode() {
		return this.competentAgencyCode;
	}

	public void setCompetentAgencyCode(String competentAgencyCode) {
		this.competentAgencyCode = competentAgencyCode;
	}

	public int getSets() {
		return this.sets;
	}

	public void setSets(int sets) {
		this.sets = sets;
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

	public boolean isReceiptAsked() {
		return this.receiptAsked;
	}

	public void setReceiptAsked(boolean receiptAsked) {
		this.receiptAsked = receiptAsked;
	}

}
