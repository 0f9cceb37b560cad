package vn.motcua.dossier;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;

/** A dossier handed in at the counter, by post or online. */
public record IntakeRequest(@NotBlank(message = "{validation.required}") String procedureCode,
		@NotBlank(message = "{validation.required}") String agencyCode,
		@NotNull(message = "{validation.required}") Channel channel,
		@NotNull(message = "{validation.required}") @Valid ApplicantRequest applicant) {

	/** The applicant's data as typed by the officer or the citizen. */
	public record ApplicantRequest(
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String fullName,
			@Pattern(regexp = "\\d{9}|\\d{12}", message = "{validation.id-number}") @Nullable String idNumber,
			@Pattern(regexp = "[0-9 .+()-]{8,20}", message = "{validation.phone}") @Nullable String phone,
			@Email(message = "{validation.email}") @Size(max = 120, message = "{validation.too-long}") @Nullable String email,
			@Size(max = 300, message = "{validation.too-long}") @Nullable String address) {
	}

}
