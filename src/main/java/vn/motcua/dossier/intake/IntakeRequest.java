package vn.motcua.dossier.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.domain.HandedDocument;

/**
 * A dossier handed in at the counter, by post or online.
 *
 * @param outcome {@literal null} for {@code RECEIVE}.
 * @param reason why the dossier is incomplete or refused (required then).
 * @param handedIn the documents actually handed in; {@literal null} or empty when not recorded.
 * @param resultDelivery {@literal null} for {@code DESK}.
 * @param sets how many sets of the dossier were handed in; {@literal null} for one.
 * @param competentAgencyCode the agency that resolves the dossier when the desk of
 * {@code agencyCode} receives it for another (Decree 118/2025 Art. 7, 14); {@literal null} when the
 * desk's own agency is competent.
 * @param receiptAsked for a procedure resolved on the spot, whether the applicant asks for form 01;
 * {@literal null} for no.
 */
public record IntakeRequest(@NotBlank(message = "{validation.required}") String procedureCode,
		@NotBlank(message = "{validation.required}") String agencyCode,
		@NotNull(message = "{validation.required}") Channel channel,
		@NotNull(message = "{validation.required}") @Valid ApplicantRequest applicant, @Nullable Outcome outcome,
		@Size(max = 2000, message = "{validation.too-long}") @Nullable String reason,
		@Nullable List<HandedDocument> handedIn, @Nullable ResultDelivery resultDelivery,
		@Min(value = 1, message = "{validation.sets}") @Max(value = 99, message = "{validation.sets}") @Nullable Integer sets,
		@Nullable String competentAgencyCode, @Nullable Boolean receiptAsked) {

	/** A dossier decided at the counter, without recording what was handed in. */
	public IntakeRequest(String procedureCode, String agencyCode, Channel channel, ApplicantRequest applicant,
			@Nullable Outcome outcome, @Nullable String reason) {
		this(procedureCode, agencyCode, channel, applicant, outcome, reason, null, null, null, null, null);
	}

	/** A complete dossier, received. */
	public IntakeRequest(String procedureCode, String agencyCode, Channel channel, ApplicantRequest applicant) {
		this(procedureCode, agencyCode, channel, applicant, Outcome.RECEIVE, null);
	}

	/** What the desk decided at the counter (RULES.md §2.2). */
	public enum Outcome {

		/** complete: received, coded, counting starts (form 01) */
		RECEIVE,
		/** incomplete: what to add, once and fully (form 02); not received */
		INCOMPLETE,
		/** refused at reception with reasons (form 03) */
		REFUSE

	}

	/** The applicant's data as typed by the officer or the citizen. */
	public record ApplicantRequest(
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String fullName,
			@Pattern(regexp = "\\d{9}|\\d{12}", message = "{validation.id-number}") @Nullable String idNumber,
			@Pattern(regexp = "[0-9 .+()-]{8,20}", message = "{validation.phone}") @Nullable String phone,
			@Email(message = "{validation.email}") @Size(max = 120, message = "{validation.too-long}") @Nullable String email,
			@Size(max = 300, message = "{validation.too-long}") @Nullable String address) {
	}

}
