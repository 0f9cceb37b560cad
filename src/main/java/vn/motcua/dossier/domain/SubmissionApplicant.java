package vn.motcua.dossier.domain;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Texts;

/** The applicant's data of an online submission, as typed so far. */
public record SubmissionApplicant(@Nullable String fullName, @Nullable String idNumber, @Nullable String phone,
		@Nullable String email, @Nullable String address) {

	/** @return the data as typed in a form: stripped, an empty field as none. */
	public static SubmissionApplicant typed(@Nullable String fullName, @Nullable String idNumber,
			@Nullable String phone, @Nullable String email, @Nullable String address) {
		return new SubmissionApplicant(Texts.blankToNull(fullName), Texts.blankToNull(idNumber), Texts.blankToNull(phone),
				Texts.blankToNull(email), Texts.blankToNull(address));
	}

	/** @return who starts a submission, known by the account: its name and its contact (e-mail or phone). */
	static SubmissionApplicant ofAccount(@Nullable String fullName, String contact) {
		boolean email = contact.contains("@");
		return new SubmissionApplicant(fullName, null, email ? null : contact, email ? contact : null, null);
	}

}
