package vn.motcua.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.domain.IdentityRuleViolated;
import vn.motcua.identity.domain.Official;
import vn.motcua.identity.domain.Official.Profile;
import vn.motcua.identity.domain.OfficialRepository;
import vn.motcua.identity.domain.PasswordPolicy;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;
import vn.motcua.shared.Texts;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account changes: administrators create and edit officials inside their scope, reset passwords
 * and lift lockouts; every official changes their own password.
 */
@Service
@Transactional
public class OfficialAdministration {

	private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final OfficialRepository officials;

	private final IdentityManagement queries;

	private final OrganizationManagement organization;

	private final PasswordEncoder encoder;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final RecentLogins recentLogins;

	OfficialAdministration(OfficialRepository officials, IdentityManagement queries, OrganizationManagement organization,
			PasswordEncoder encoder, JdbcClient jdbc, Clock clock, RecentLogins recentLogins) {
		this.officials = officials;
		this.queries = queries;
		this.organization = organization;
		this.encoder = encoder;
		this.jdbc = jdbc;
		this.clock = clock;
		this.recentLogins = recentLogins;
	}

	/**
	 * Registers an official of an agency inside the actor's scope. Without {@code password} a
	 * temporary one is generated; either way it must be changed at first login.
	 * @return the official and the temporary password to hand over (once), never {@literal null}.
	 * @throws DomainException {@code username-taken}, {@code agency-not-found},
	 * {@code out-of-scope}, {@code password-too-weak}.
	 */
	public Registered register(OfficialDraft draft, @Nullable String password, Actor actor) {
		requireAdmin(actor);
		String username = draft.username().strip().toLowerCase(Locale.ROOT);
		if (this.officials.findByUsername(username).isPresent()) {
			throw new DomainException(Kind.CONFLICT, "username-taken", username);
		}
		String initial = password == null || password.isBlank() ? temporaryPassword() : password;
		PasswordPolicy.check(username, initial);
		Official official = Official.register(username, profile(draft, actor), this.encoder.encode(initial), true,
				this.clock.instant());
		this.officials.save(official);
		return new Registered(this.queries.official(username, actor), password == null || password.isBlank() ? initial : null);
	}

	/** Registers an official whose password needs no change at first login (demo accounts only). */
	void registerReady(OfficialDraft draft, String password) {
		if (this.officials.findByUsername(draft.username()).isEmpty()) {
			this.officials.save(Official.register(draft.username(), profile(draft, null), this.encoder.encode(password),
					false, this.clock.instant()));
		}
	}

	/**
	 * @param version the version the administrator edited; a stale one is rejected (409).
	 * @throws DomainException {@code cannot-demote-self} when administrators would lock
	 * themselves out.
	 */
	public OfficialView update(String username, long version, OfficialDraft draft, Actor actor) {
		requireAdmin(actor);
		Official official = this.queries.find(username, actor);
		if (!official.version().equals(version)) {
			throw new OptimisticLockingFailureException("official " + username + " changed meanwhile");
		}
		if (official.username().equals(actor.username()) && (!draft.enabled() || !draft.roles().contains(Role.ADMIN))) {
			throw new IdentityRuleViolated("cannot-demote-self");
		}
		official.change(profile(draft, actor));
		this.officials.save(official);
		return this.queries.official(username, actor);
	}

	/** @return a temporary password to hand over; it must be changed at next login. */
	public String resetPassword(String username, Actor actor) {
		requireAdmin(actor);
		Official official = this.queries.find(username, actor);
		String temporary = temporaryPassword();
		official.resetPassword(this.encoder.encode(temporary));
		this.officials.save(official);
		this.recentLogins.forget(official.username());
		unlockAccount(official.id());
		return temporary;
	}

	/** Lifts a lockout after failed logins. */
	public void unlock(String username, Actor actor) {
		requireAdmin(actor);
		unlockAccount(this.queries.find(username, actor).id());
	}

	/**
	 * @throws DomainException {@code wrong-password} when {@code current} is not the password,
	 * {@code password-too-weak}, {@code password-unchanged}.
	 */
	public void changeOwnPassword(String username, String current, String next) {
		Official official = this.officials.findByUsername(username)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "official-not-found", username));
		if (!this.encoder.matches(current, official.passwordHash())) {
			throw new IdentityRuleViolated("wrong-password");
		}
		if (current.equals(next)) {
			throw new IdentityRuleViolated("password-unchanged");
		}
		PasswordPolicy.check(official.username(), next);
		official.changePassword(this.encoder.encode(next));
		this.officials.save(official);
		this.recentLogins.forget(official.username());
	}

	private Profile profile(OfficialDraft draft, @Nullable Actor actor) {
		UUID agencyId = null;
		UUID unitId = null;
		if (draft.agencyCode() != null && !draft.agencyCode().isBlank()) {
			AgencyView agency = this.organization.latestAgencyWithCode(draft.agencyCode().strip())
				.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "agency-not-found", draft.agencyCode()));
			if (actor != null && !this.queries.scopeOf(actor).contains(agency.unitId())) {
				throw new DomainException(Kind.FORBIDDEN, "out-of-scope");
			}
			agencyId = agency.id();
			unitId = agency.unitId();
		}
		else if (actor != null && !this.queries.scopeOf(actor).systemWide()) {
			throw new IdentityRuleViolated("official-agency-required");
		}
		return new Profile(draft.fullName(), Texts.blankToNull(draft.email()), Texts.blankToNull(draft.phone()),
				Texts.blankToNull(draft.position()), agencyId, unitId, Set.copyOf(draft.roles()), draft.enabled());
	}

	private void unlockAccount(UUID officialId) {
		this.jdbc.sql("update identity_login_state set failed_attempts = 0, locked_until = null where official_id = :id")
			.param("id", officialId)
			.update();
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.hasRole(Role.ADMIN)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
	}

	private static String temporaryPassword() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
		}
		return password.append(RANDOM.nextInt(10)).toString();
	}


	/**
	 * @param temporaryPassword the generated password to hand over, {@literal null} when the
	 * administrator chose it.
	 */
	public record Registered(OfficialView official, @Nullable String temporaryPassword) {
	}

}
