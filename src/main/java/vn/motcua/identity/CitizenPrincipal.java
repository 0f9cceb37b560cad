package vn.motcua.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A logged-in citizen. Deliberately not an {@code Actor}: a citizen reaches nothing of the back
 * office, only their own drafts and dossiers.
 */
public final class CitizenPrincipal implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public static final String ROLE = "ROLE_CITIZEN";

	private final UUID id;

	private final String contact;

	private final String fullName;

	private @Nullable String passwordHash;

	CitizenPrincipal(UUID id, String contact, String fullName, String passwordHash) {
		this.id = id;
		this.contact = contact;
		this.fullName = fullName;
		this.passwordHash = passwordHash;
	}

	public UUID id() {
		return this.id;
	}

	public String contact() {
		return this.contact;
	}

	public String fullName() {
		return this.fullName;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(ROLE));
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.contact;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
