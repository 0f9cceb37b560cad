package vn.motcua.identity.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Role;

/**
 * What an administrator edits on an official's account.
 *
 * @param unitId the agency's unit, kept for scope filters; {@literal null} with {@code agencyId}
 * only for a system-wide administrator.
 */
public record Profile(String fullName, @Nullable String email, @Nullable String phone, @Nullable String position,
		@Nullable UUID agencyId, @Nullable UUID unitId, Set<Role> roles, boolean enabled) {

	public Profile {
		roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	/** @return a copy: the profile stays as it was made. */
	@Override
	public Set<Role> roles() {
		return EnumSet.copyOf(this.roles); // an EnumSet, so even an empty one copies
	}

	/** @return the same profile with the full name trimmed. */
	Profile stripped() {
		return new Profile(this.fullName.strip(), this.email, this.phone, this.position, this.agencyId, this.unitId,
				this.roles, this.enabled);
	}

}
