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

	/**
	 * @return the data with what an identity provider vouched for in place of what was typed: the
	 * citizen is not asked again for it, and cannot change it ({@literal null}: not vouched, typed stays).
	 */
	public SubmissionApplicant vouched(@Nullable String vouchedName, @Nullable String vouchedIdNumber,
			@Nullable String vouchedAddress) {
		return new SubmissionApplicant(vouchedName != null ? vouchedName : this.fullName,
				vouchedIdNumber != null ? vouchedIdNumber : this.idNumber, this.phone, this.email,
				vouchedAddress != null ? vouchedAddress : this.address);
	}

	/** @return who starts a submission, known by the account: its name and its contact (e-mail or phone). */
	static SubmissionApplicant ofAccount(@Nullable String fullName, String contact) {
		boolean email = contact.contains("@");
		return new SubmissionApplicant(fullName, null, email ? null : contact, email ? contact : null, null);
	}

}
