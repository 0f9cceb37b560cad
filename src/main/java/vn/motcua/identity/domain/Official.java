package vn.motcua.identity.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Role;

/**
 * An official's account: who, where (agency and its unit), what roles, whether enabled, which
 * password and whether it must be changed. Lockouts after failed logins are kept apart, so that a
 * login never collides with an administrator's edit.
 */
public final class Official {

	private final UUID id;

	private final String username;

	private Profile profile;

	private String passwordHash;

	private boolean mustChangePassword;

	private final Instant createdAt;

	private final long version;

	private Official(UUID id, String username, Profile profile, String passwordHash, boolean mustChangePassword,
			Instant createdAt, long version) {
		this.id = id;
		this.username = username;
		this.profile = profile;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = createdAt;
		this.version = version;
	}

	/**
	 * A new account (version 0), its username in lower case. Its first password was chosen by
	 * someone else, so it must be changed at first login unless {@code mustChangePassword} is
	 * false (demo accounts).
	 * @throws IdentityRuleViolated {@code official-agency-required} for an agency without its unit.
	 */
	public static Official register(String username, Profile profile, String passwordHash, boolean mustChangePassword,
			Instant now) {
		var official = new Official(UUID.randomUUID(), username.strip().toLowerCase(Locale.ROOT), profile, passwordHash,
				mustChangePassword, now, 0);
		official.requireAgencyWithItsUnit(profile);
		official.profile = profile.stripped();
		return official;
	}

	/** An account as stored, at {@code version}; nothing is checked again. */
	public static Official restore(UUID id, String username, Profile profile, String passwordHash,
			boolean mustChangePassword, Instant createdAt, long version) {
		return new Official(id, username, profile, passwordHash, mustChangePassword, createdAt, version);
	}

	/**
	 * An administrator replaces what is edited: profile, agency, roles, enabled.
	 * @param by the username of the administrator.
	 * @throws IdentityRuleViolated {@code cannot-demote-self} when administrators would disable
	 * themselves or drop their own {@link Role#ADMIN}; {@code official-agency-required}.
	 */
	public void change(Profile profile, String by) {
		if (this.username.equals(by) && (!profile.enabled() || !profile.roles().contains(Role.ADMIN))) {
			throw new IdentityRuleViolated("cannot-demote-self");
		}
		requireAgencyWithItsUnit(profile);
		this.profile = profile.stripped();
	}

	/**
	 * The official chose a new password; it need not be changed any more.
	 * @throws IdentityRuleViolated {@code wrong-password} when {@code current} is not the
	 * password, {@code password-unchanged}, {@code password-too-weak} ({@link PasswordPolicy}).
	 */
	public void changePassword(String current, String next, PasswordHashing hashing) {
		if (!hashing.matches(current, this.passwordHash)) {
			throw new IdentityRuleViolated("wrong-password");
		}
		if (current.equals(next)) {
			throw new IdentityRuleViolated("password-unchanged");
		}
		PasswordPolicy.check(this.username, next);
		this.passwordHash = hashing.hash(next);
		this.mustChangePassword = false;
	}

	/** An administrator set a temporary password: it must be changed at next login. */
	public void resetPassword(String temporaryHash) {
		this.passwordHash = temporaryHash;
		this.mustChangePassword = true;
	}

	private static void requireAgencyWithItsUnit(Profile profile) {
		if ((profile.agencyId() == null) != (profile.unitId() == null)) {
			throw new IdentityRuleViolated("official-agency-required");
		}
	}

	public UUID id() {
		return this.id;
	}

	public String username() {
		return this.username;
	}

	/** @return what an administrator edits, never {@literal null}. */
	public Profile profile() {
		return this.profile;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public String fullName() {
		return this.profile.fullName();
	}

	public @Nullable UUID unitId() {
		return this.profile.unitId();
	}

	public Set<Role> roles() {
		return this.profile.roles();
	}

	/** @return the version the account was read at (0 before it is stored). */
	public long version() {
		return this.version;
	}

}
