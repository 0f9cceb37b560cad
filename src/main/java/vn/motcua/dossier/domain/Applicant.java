package vn.motcua.dossier.domain;

import org.jspecify.annotations.Nullable;

/** Who filed the dossier (người nộp hồ sơ). */
public record Applicant(String fullName, @Nullable String idNumber, @Nullable String phone, @Nullable String email,
		@Nullable String address) {
}
