package vn.motcua.identity.officials;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Role;

/** The API's edit of an official, with the version it was read at. */
record OfficialUpdateRequest(
		@NotBlank(message = "{validation.required}") @Size(max = 150, message = "{validation.too-long}") String fullName,
		@Email(message = "{validation.email}") @Nullable String email, @Nullable String phone,
		@Nullable String position, @Nullable String agencyCode,
		@NotEmpty(message = "{validation.roles}") Set<Role> roles, boolean enabled, long version) {

	OfficialDraft draft(String username) {
		return new OfficialDraft(username, this.fullName, this.email, this.phone, this.position, this.agencyCode,
				this.roles, this.enabled);
	}

}
