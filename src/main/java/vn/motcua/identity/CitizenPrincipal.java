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

	/** The only authority of a citizen. */
	public static final String ROLE = "ROLE_CITIZEN";

	private final UUID id;

	private final String contact;

	private final String fullName;

	private @Nullable String passwordHash;

	/**
	 * @param contact the verified phone number (10 digits) or e-mail address (lower case).
	 * @param passwordHash the stored hash, for the login to check; erased after it.
	 */
	public CitizenPrincipal(UUID id, String contact, String fullName, String passwordHash) {
		this.id = id;
		this.contact = contact;
		this.fullName = fullName;
		this.passwordHash = passwordHash;
	}

	/** @return the account's id, never {@literal null}. */
	public UUID id() {
		return this.id;
	}

	/** @return the verified phone number or e-mail address, never {@literal null}. */
	public String contact() {
		return this.contact;
	}

	/** @return the name the citizen gave, never {@literal null}. */
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
