package vn.motcua.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An official's account: who, where (agency and its unit), what roles, which password. */
@Table("identity_official")
public class Official {

	@Id
	private final UUID id;

	private final String username;

	private String fullName;

	private @Nullable String email;

	private @Nullable String phone;

	private @Nullable String position;

	private @Nullable UUID agencyId;

	private @Nullable UUID unitId;

	private String passwordHash;

	private boolean enabled;

	private boolean mustChangePassword;

	private final Instant createdAt;

	@MappedCollection(idColumn = "official_id")
	private Set<OfficialRole> roles;

	@Version
	private @Nullable Long version;

	@PersistenceCreator
	Official(UUID id, String username, String fullName, @Nullable String email, @Nullable String phone,
			@Nullable String position, @Nullable UUID agencyId, @Nullable UUID unitId, String passwordHash,
			boolean enabled, boolean mustChangePassword, Instant createdAt, Set<OfficialRole> roles,
			@Nullable Long version) {
		this.id = id;
		this.username = username;
		this.fullName = fullName;
		this.email = email;
		this.phone = phone;
		this.position = position;
		this.agencyId = agencyId;
		this.unitId = unitId;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = createdAt;
		this.roles = new HashSet<>(roles);
		this.version = version;
	}

	/**
	 * A new account. Its first password was chosen by someone else, so it must be changed at
	 * first login unless {@code mustChangePassword} is false (demo accounts).
	 */
	public static Official register(String username, Profile profile, String passwordHash, boolean mustChangePassword,
			Instant now) {
		var official = new Official(UUID.randomUUID(), username.strip().toLowerCase(Locale.ROOT),
				profile.fullName(), null, null, null, null, null, passwordHash, true, mustChangePassword, now, Set.of(),
				null);
		official.change(profile);
		return official;
	}

	/** Replaces what an administrator edits. */
	public void change(Profile profile) {
		if ((profile.agencyId() == null) != (profile.unitId() == null)) {
			throw new IdentityRuleViolated("official-agency-required");
		}
		this.fullName = profile.fullName().strip();
		this.email = profile.email();
		this.phone = profile.phone();
		this.position = profile.position();
		this.agencyId = profile.agencyId();
		this.unitId = profile.unitId();
		this.enabled = profile.enabled();
		this.roles = profile.roles().stream().map(OfficialRole::new).collect(Collectors.toSet());
	}

	/** The official chose a new password. */
	public void changePassword(String newHash) {
		this.passwordHash = newHash;
		this.mustChangePassword = false;
	}

	/** An administrator set a temporary password: it must be changed at next login. */
	public void resetPassword(String temporaryHash) {
		this.passwordHash = temporaryHash;
		this.mustChangePassword = true;
	}

	public UUID id() {
		return this.id;
	}

	public String username() {
		return this.username;
	}

	public String passwordHash() {
		return this.passwordHash;
	}

	public String fullName() {
		return this.fullName;
	}

	public @Nullable String email() {
		return this.email;
	}

	public @Nullable String phone() {
		return this.phone;
	}

	public @Nullable String position() {
		return this.position;
	}

	public @Nullable UUID agencyId() {
		return this.agencyId;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	public @Nullable UUID unitId() {
		return this.unitId;
	}

	public boolean enabled() {
		return this.enabled;
	}

	public Set<Role> roles() {
		return this.roles.stream().map(OfficialRole::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
	}

	public @Nullable Long version() {
		return this.version;
	}

	/** What an administrator edits on an official. {@code unitId} is the agency's unit. */
	public record Profile(String fullName, @Nullable String email, @Nullable String phone, @Nullable String position,
			@Nullable UUID agencyId, @Nullable UUID unitId, Set<Role> roles, boolean enabled) {
	}

}
