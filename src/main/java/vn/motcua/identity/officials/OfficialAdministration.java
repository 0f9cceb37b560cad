package vn.motcua.identity.officials;

import java.time.Clock;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.OfficialView;
import vn.motcua.identity.domain.IdentityRuleViolated;
import vn.motcua.identity.domain.Official;
import vn.motcua.identity.domain.PasswordHashing;
import vn.motcua.identity.domain.PasswordPolicy;
import vn.motcua.identity.login.Sessions;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators register and edit officials inside their scope. */
@Service
@Transactional
public class OfficialAdministration {

	private final OfficialRepository officials;

	private final OfficialDirectory directory;

	private final Profiles profiles;

	private final PasswordHashing passwords;

	private final Clock clock;

	private final Sessions sessions;

	OfficialAdministration(OfficialRepository officials, OfficialDirectory directory, Profiles profiles,
			PasswordHashing passwords, Clock clock, Sessions sessions) {
		this.sessions = sessions;
		this.officials = officials;
		this.directory = directory;
		this.profiles = profiles;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Registers an official of an agency inside the actor's scope. Without {@code password} a
	 * temporary one is generated; either way it must be changed at first login.
	 * @return the official and the temporary password to hand over (once), never {@literal null}.
	 * @throws DomainException {@code username-taken}, {@code agency-not-found},
	 * {@code out-of-scope}, {@code password-too-weak}.
	 */
	public Registered register(OfficialDraft draft, @Nullable String password, Actor actor) {
		Administrators.require(actor);
		String username = draft.username().strip().toLowerCase(Locale.ROOT);
		if (this.officials.findByUsername(username).isPresent()) {
			throw new DomainException(Kind.CONFLICT, "username-taken", username);
		}
		boolean generated = password == null || password.isBlank();
		String initial = generated ? Administrators.temporaryPassword() : password;
		PasswordPolicy.check(username, initial);
		this.officials.insert(Official.register(username, this.profiles.of(draft, actor), this.passwords.hash(initial),
				true, this.clock.instant()));
		return new Registered(this.directory.official(username, actor), generated ? initial : null);
	}

	/** Registers an official whose password needs no change at first login (demo accounts only). */
	public void registerReady(OfficialDraft draft, String password) {
		if (this.officials.findByUsername(draft.username()).isEmpty()) {
			this.officials.insert(Official.register(draft.username(), this.profiles.of(draft, null),
					this.passwords.hash(password), false, this.clock.instant()));
		}
	}

	/**
	 * @param version the version the administrator edited; a stale one is rejected (409).
	 * @throws IdentityRuleViolated {@code cannot-demote-self} when administrators would lock
	 * themselves out.
	 * @throws OptimisticLockingFailureException for a stale version.
	 */
	public OfficialView update(String username, long version, OfficialDraft draft, Actor actor) {
		Administrators.require(actor);
		Official official = this.directory.find(username, actor);
		if (official.version() != version) {
			throw new OptimisticLockingFailureException("official " + username + " changed meanwhile");
		}
		var roles = java.util.Set.copyOf(official.roles());
		var unit = official.unitId();
		boolean enabled = official.profile().enabled();
		official.change(this.profiles.of(draft, actor), actor.username());
		this.officials.update(official);
		if (enabled != official.profile().enabled() || !roles.equals(official.roles()) || !java.util.Objects.equals(unit, official.unitId())) {
			this.sessions.endAll(username); // what the sessions were signed in with is gone
		}
		return this.directory.official(username, actor);
	}

}
