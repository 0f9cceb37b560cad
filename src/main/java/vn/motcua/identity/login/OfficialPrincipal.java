package vn.motcua.identity.login;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Actor;
import vn.motcua.shared.PasswordChange;
import vn.motcua.shared.Role;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in official. While the password must be changed, the only authority is
 * {@link PasswordChange#requiredAuthority()}: no role, so nothing else is allowed.
 */
final class OfficialPrincipal implements UserDetails, CredentialsContainer, Actor {

	private static final long serialVersionUID = 1L;

	private final UUID id;

	private final String username;

	private @Nullable String passwordHash;

	private final String fullName;

	private final @Nullable UUID unitId;

	private final Set<Role> roles;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	private final @Nullable HomeUnit homeUnit;

	OfficialPrincipal(UUID id, String username, String passwordHash, String fullName, @Nullable UUID unitId,
			Set<Role> roles, boolean enabled, boolean locked, boolean mustChangePassword, @Nullable HomeUnit homeUnit) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.unitId = unitId;
		this.roles = Set.copyOf(roles);
		this.enabled = enabled;
		this.locked = locked;
		this.mustChangePassword = mustChangePassword;
		this.homeUnit = homeUnit;
	}

	/** @return the unit of the official's agency with its last day, {@literal null} for a system-wide account. */
	@Nullable HomeUnit homeUnit() {
		return this.homeUnit;
	}

	/** @return the official's id, never {@literal null}. */
	public UUID id() {
		return this.id;
	}

	/** @return the full name, for greetings; never {@literal null}. */
	@Override
	public String displayName() {
		return this.fullName;
	}

	public String fullName() {
		return this.fullName;
	}

	@Override
	public String username() {
		return this.username;
	}

	@Override
	public @Nullable UUID unitId() {
		return this.unitId;
	}

	@Override
	public boolean hasRole(Role role) {
		return !this.mustChangePassword && this.roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		if (this.mustChangePassword) {
			return List.of(PasswordChange.requiredAuthority());
		}
		return this.roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
