package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * An online submission (nộp hồ sơ trực tuyến), the aggregate of a citizen's draft: written step by
 * step while a {@code DRAFT}, sent to the desk once complete ({@code SUBMITTED}), then
 * {@code DECIDED} by the desk, which turns it into a dossier. Each transition checks the state.
 * Sending it takes the applicant's choice of how to receive the result and their commitment that
 * what they declared is true; a procedure with an electronic declaration keeps what was typed.
 */
public final class Submission {

	private final UUID id;

	private final UUID citizenId;

	private final String citizenContact;

	private final Filing filing;

	private SubmissionApplicant applicant;

	private SubmissionStatus status;

	private final Instant createdAt;

	private @Nullable Instant submittedAt;

	private @Nullable String dossierCode;

	private @Nullable ResultDelivery resultDelivery;

	private @Nullable Instant committedAt;

	private @Nullable BirthDeclaration declaration;

	private final long version;

	public Submission(UUID id, UUID citizenId, String citizenContact, Filing filing, SubmissionApplicant applicant,
			SubmissionStatus status, Instant createdAt, @Nullable Instant submittedAt, @Nullable String dossierCode,
			long version) {
		this.id = id;
		this.citizenId = citizenId;
		this.citizenContact = citizenContact;
		this.filing = filing;
		this.applicant = applicant;
		this.status = status;
		this.createdAt = createdAt;
		this.submittedAt = submittedAt;
		this.dossierCode = dossierCode;
		this.version = version;
	}

	/** A stored submission with its terms: the result delivery chosen, the commitment, the declaration. */
	public Submission(UUID id, UUID citizenId, String citizenContact, Filing filing, SubmissionApplicant applicant,
			SubmissionStatus status, Instant createdAt, @Nullable Instant submittedAt, @Nullable String dossierCode,
			long version, @Nullable ResultDelivery resultDelivery, @Nullable Instant committedAt,
			@Nullable BirthDeclaration declaration) {
		this(id, citizenId, citizenContact, filing, applicant, status, createdAt, submittedAt, dossierCode, version);
		this.resultDelivery = resultDelivery;
		this.committedAt = committedAt;
		this.declaration = declaration;
	}

	/**
	 * A new draft of a citizen's account, the applicant known by its name and contact.
	 * @param contact the account's e-mail or phone.
	 */
	public static Submission start(UUID citizenId, String contact, @Nullable String fullName, Filing filing,
			Instant now) {
		return new Submission(UUID.randomUUID(), citizenId, contact, filing,
				SubmissionApplicant.ofAccount(fullName, contact), SubmissionStatus.DRAFT, now, null, null, 0);
	}

	/** @throws DomainException {@code submission-sent} once the draft was sent. */
	public void requireDraft() {
		if (this.status != SubmissionStatus.DRAFT) {
			throw new DomainException(Kind.CONFLICT, "submission-sent", this.id);
		}
	}

	/** The applicant step of the draft. */
	public void changeApplicant(SubmissionApplicant applicant) {
		requireDraft();
		this.applicant = applicant;
	}

	/** The electronic declaration of the draft (its PDF is the declaration document's file). */
	public void declare(BirthDeclaration declaration) {
		requireDraft();
		this.declaration = declaration;
	}

	/**
	 * Sends the draft to the desk.
	 * @param documentsComplete whether every required document has a file.
	 * @param delivery how the applicant will receive the result.
	 * @param committed whether the applicant ticked the commitment that what they declared is true.
	 * @throws DomainException {@code submission-sent}, {@code submission-incomplete} (no
	 * applicant's name or personal ID number, or a required document without a file),
	 * {@code submission-delivery-missing}, {@code submission-address-missing} (by post without an
	 * address), {@code submission-commitment-missing}.
	 */
	public void submit(boolean documentsComplete, @Nullable ResultDelivery delivery, boolean committed, Instant now) {
		requireDraft();
		if (this.applicant.fullName() == null || this.applicant.idNumber() == null || !documentsComplete) {
			throw new DomainException(Kind.INVALID, "submission-incomplete");
		}
		if (delivery == null) {
			throw new DomainException(Kind.INVALID, "submission-delivery-missing");
		}
		if (delivery == ResultDelivery.POST && this.applicant.address() == null) {
			throw new DomainException(Kind.INVALID, "submission-address-missing");
		}
		if (!committed) {
			throw new DomainException(Kind.INVALID, "submission-commitment-missing");
		}
		this.resultDelivery = delivery;
		this.committedAt = now;
		this.status = SubmissionStatus.SUBMITTED;
		this.submittedAt = now;
	}

	/** @throws DomainException {@code submission-decided} unless it waits for the desk. */
	public void requireSubmitted() {
		if (this.status != SubmissionStatus.SUBMITTED) {
			throw new DomainException(Kind.CONFLICT, "submission-decided", this.id);
		}
	}

	/** The desk decided: the submission became the dossier {@code code}. */
	public void decided(String code) {
		requireSubmitted();
		this.status = SubmissionStatus.DECIDED;
		this.dossierCode = code;
	}

	/** @return whether the submission is of the account {@code citizenId}. */
	public boolean isOf(UUID citizenId) {
		return this.citizenId.equals(citizenId);
	}

	public UUID id() {
		return this.id;
	}

	public UUID citizenId() {
		return this.citizenId;
	}

	public String citizenContact() {
		return this.citizenContact;
	}

	public Filing filing() {
		return this.filing;
	}

	public SubmissionApplicant applicant() {
		return this.applicant;
	}

	public SubmissionStatus status() {
		return this.status;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable Instant submittedAt() {
		return this.submittedAt;
	}

	public @Nullable String dossierCode() {
		return this.dossierCode;
	}

	public @Nullable ResultDelivery resultDelivery() {
		return this.resultDelivery;
	}

	public @Nullable Instant committedAt() {
		return this.committedAt;
	}

	public @Nullable BirthDeclaration declaration() {
		return this.declaration;
	}

	public long version() {
		return this.version;
	}

}
