package vn.motcua.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Role;

/**
 * An official as other modules and the API see it (never the password hash).
 *
 * @param agencyId {@literal null} only for a system-wide administrator.
 * @param locked whether failed logins have locked the account right now.
 */
public record OfficialView(UUID id, String username, String fullName, @Nullable String email, @Nullable String phone,
		@Nullable String position, @Nullable UUID agencyId, @Nullable String agencyCode, @Nullable String agencyName,
		@Nullable UUID unitId, Set<Role> roles, boolean enabled, boolean locked, boolean mustChangePassword,
		@Nullable Instant lastLoginAt, long version) {
}
