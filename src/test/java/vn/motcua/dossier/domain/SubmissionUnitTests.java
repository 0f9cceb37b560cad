package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An online submission from draft to the desk's decision. */
class SubmissionUnitTests {

	private static final Instant CREATED = Instant.parse("2026-11-30T01:00:00Z");

	private static final UUID CITIZEN = UUID.randomUUID();

	private static final Filing BIRTH_REGISTRATION = new Filing("1.001193", "Đăng ký khai sinh", "000.41.20.H55",
			"Bộ phận Một cửa xã Phú Lương", UUID.randomUUID());

	private static final SubmissionApplicant HOA = new SubmissionApplicant("Lương Thị Hoa", "019300001234",
			"0912 345 678", "hoa@example.vn", null);

	private static Submission draft(String contact) {
		return Submission.start(CITIZEN, contact, "Lương Thị Hoa", BIRTH_REGISTRATION, CREATED);
	}

	private static Submission sent() {
		Submission submission = draft("hoa@example.vn");
		submission.changeApplicant(HOA);
		submission.submit(true, ResultDelivery.DESK, true, CREATED.plusSeconds(600));
		return submission;
	}

	@Test
	void aDraftKnowsItsApplicantByTheAccountsNameAndContact() {
		Submission byEmail = draft("hoa@example.vn");
		Submission byPhone = draft("0912345678");

		assertThat(byEmail.status()).isEqualTo(SubmissionStatus.DRAFT);
		assertThat(byEmail.applicant()).isEqualTo(new SubmissionApplicant("Lương Thị Hoa", null, null, "hoa@example.vn", null));
		assertThat(byPhone.applicant()).isEqualTo(new SubmissionApplicant("Lương Thị Hoa", null, "0912345678", null, null));
		assertThat(byEmail.citizenContact()).isEqualTo("hoa@example.vn");
		assertThat(byEmail.createdAt()).isEqualTo(CREATED);
		assertThat(byEmail.submittedAt()).isNull();
		assertThat(byEmail.dossierCode()).isNull();
		assertThat(byEmail.version()).isZero();
		assertThat(byEmail.citizenId()).isEqualTo(CITIZEN);
		assertThat(byEmail.filing()).isEqualTo(BIRTH_REGISTRATION);
		assertThat(byEmail.isOf(CITIZEN)).isTrue();
		assertThat(byEmail.isOf(UUID.randomUUID())).isFalse();
		assertThat(byEmail.id()).isNotEqualTo(byPhone.id());
	}

	@Test
	void theApplicantIsWrittenWhileADraftOnly() {
		Submission submission = draft("hoa@example.vn");
		SubmissionApplicant typed = SubmissionApplicant.typed(" Lương Thị Hoa ", "019300001234 ", "0912 345 678", " ",
				"Xóm Đồng Kem");

		submission.changeApplicant(typed);

		assertThat(submission.applicant())
			.isEqualTo(new SubmissionApplicant("Lương Thị Hoa", "019300001234", "0912 345 678", null, "Xóm Đồng Kem"));
		submission.submit(true, ResultDelivery.POST, true, CREATED.plusSeconds(60));
		assertThatThrownBy(() -> submission.changeApplicant(typed)).isInstanceOf(DomainException.class)
			.hasMessage("submission-sent [" + submission.id() + "]");
		assertThatThrownBy(submission::requireDraft).hasMessageStartingWith("submission-sent");
	}

	@Test
	void whatTheIdentityProviderVouchedForStandsOverWhatWasTypedAndTheRestStays() {
		SubmissionApplicant typed = SubmissionApplicant.typed("Người Khác", "001099012345", "0912 678 901",
				"khac@example.vn", "Nơi khác");
		assertThat(typed.vouched("Trần Thị Định Danh", "019300004321", "Xóm Đồng Kem"))
			.isEqualTo(new SubmissionApplicant("Trần Thị Định Danh", "019300004321", "0912 678 901", "khac@example.vn",
					"Xóm Đồng Kem"));
		assertThat(typed.vouched(null, null, null)).isEqualTo(typed);
		assertThat(typed.vouched(null, "019300004321", null)).isEqualTo(new SubmissionApplicant("Người Khác",
				"019300004321", "0912 678 901", "khac@example.vn", "Nơi khác"));
	}

	@Test
	void aDraftIsSentWithTheApplicantsNameAndIdNumberAndEveryRequiredDocument() {
		Submission nameless = Submission.start(CITIZEN, "hoa@example.vn", null, BIRTH_REGISTRATION, CREATED);
		assertThatThrownBy(() -> nameless.submit(true, ResultDelivery.DESK, true, CREATED))
			.hasMessage("submission-incomplete");
		Submission noIdNumber = draft("hoa@example.vn");
		assertThatThrownBy(() -> noIdNumber.submit(true, ResultDelivery.DESK, true, CREATED))
			.hasMessage("submission-incomplete");
		Submission missing = draft("hoa@example.vn");
		missing.changeApplicant(HOA);
		assertThatThrownBy(() -> missing.submit(false, ResultDelivery.DESK, true, CREATED))
			.hasMessage("submission-incomplete");
		assertThat(missing.status()).isEqualTo(SubmissionStatus.DRAFT);

		Submission complete = sent();

		assertThat(complete.status()).isEqualTo(SubmissionStatus.SUBMITTED);
		assertThat(complete.submittedAt()).isEqualTo(CREATED.plusSeconds(600));
		assertThat(complete.committedAt()).isEqualTo(CREATED.plusSeconds(600));
		assertThat(complete.resultDelivery()).isEqualTo(ResultDelivery.DESK);
		assertThatThrownBy(() -> complete.submit(true, ResultDelivery.DESK, true, CREATED))
			.hasMessageStartingWith("submission-sent");
	}

	@Test
	void aDraftIsSentOnlyWithAResultDeliveryAndTheCommitmentTicked() {
		Submission draft = draft("hoa@example.vn");
		draft.changeApplicant(HOA);

		assertThatThrownBy(() -> draft.submit(true, null, true, CREATED)).hasMessage("submission-delivery-missing");
		assertThatThrownBy(() -> draft.submit(true, ResultDelivery.POST, true, CREATED))
			.hasMessage("submission-address-missing");
		assertThatThrownBy(() -> draft.submit(true, ResultDelivery.ONLINE, false, CREATED))
			.hasMessage("submission-commitment-missing");
		assertThat(draft.status()).isEqualTo(SubmissionStatus.DRAFT);
		assertThat(draft.committedAt()).isNull();
		assertThat(draft.resultDelivery()).isNull();

		draft.submit(true, ResultDelivery.ONLINE, true, CREATED);
		assertThat(draft.resultDelivery()).isEqualTo(ResultDelivery.ONLINE);
	}

	@Test
	void theDeclarationIsKeptWhileADraftOnly() {
		Submission draft = draft("hoa@example.vn");
		BirthDeclaration declaration = BirthDeclarationUnitTests.complete();
		draft.declare(declaration);
		assertThat(draft.declaration()).isEqualTo(declaration);

		Submission submitted = sent();
		assertThatThrownBy(() -> submitted.declare(declaration)).hasMessageStartingWith("submission-sent");
	}

	@Test
	void aStoredSubmissionKeepsItsVersion() {
		Submission stored = new Submission(UUID.randomUUID(), CITIZEN, "hoa@example.vn", BIRTH_REGISTRATION,
				new SubmissionApplicant("Lương Thị Hoa", null, null, null, null), SubmissionStatus.SUBMITTED, CREATED,
				CREATED.plusSeconds(60), null, 3);

		assertThat(stored.version()).isEqualTo(3);
		assertThat(stored.status()).isEqualTo(SubmissionStatus.SUBMITTED);
	}

	@Test
	void theDeskDecidesOnceOnWhatWasSent() {
		Submission draft = draft("hoa@example.vn");
		assertThatThrownBy(() -> draft.decided("000.41.20.H55-261130-0001")).hasMessageStartingWith("submission-decided");
		assertThatThrownBy(draft::requireSubmitted).hasMessage("submission-decided [" + draft.id() + "]");

		Submission submission = sent();
		assertThatCode(submission::requireSubmitted).doesNotThrowAnyException();
		submission.decided("000.41.20.H55-261130-0001");

		assertThat(submission.status()).isEqualTo(SubmissionStatus.DECIDED);
		assertThat(submission.dossierCode()).isEqualTo("000.41.20.H55-261130-0001");
		assertThatThrownBy(() -> submission.decided("X")).hasMessageStartingWith("submission-decided");
		assertThatThrownBy(submission::requireDraft).hasMessageStartingWith("submission-sent");
	}

}
