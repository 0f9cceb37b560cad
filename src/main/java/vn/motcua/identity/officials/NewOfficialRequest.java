package vn.motcua.identity.officials;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Role;

/** The API's registration of an official; without {@code password} a temporary one is generated. */
record NewOfficialRequest(
		@NotBlank(message = "{validation.required}") @Pattern(regexp = "[a-zA-Z0-9._-]{3,60}",
				message = "{validation.username}") String username,
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.too-long}") String fullName,
		@Email(message = "{validation.email}") @Nullable String email, @Nullable String phone,
		@Nullable String position, @Nullable String agencyCode,
		@NotEmpty(message = "{validation.roles}") Set<Role> roles, @Nullable String password) {

	OfficialDraft draft() {
		return new OfficialDraft(this.username, this.fullName, this.email, this.phone, this.position, this.agencyCode,
				this.roles, true);
	}

}
