package vn.motcua.identity.officials;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Role;

/**
 * What an administrator enters for an official.
 *
 * @param agencyCode the identifier code of the official's agency; {@literal null} only for a
 * system-wide administrator, created by another system-wide administrator.
 */
public record OfficialDraft(String username, String fullName, @Nullable String email, @Nullable String phone,
		@Nullable String position, @Nullable String agencyCode, Set<Role> roles, boolean enabled) {
}
