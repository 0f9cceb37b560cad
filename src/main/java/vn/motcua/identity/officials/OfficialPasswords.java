package vn.motcua.identity.officials;

import vn.motcua.identity.domain.IdentityRuleViolated;
import vn.motcua.identity.domain.Official;
import vn.motcua.identity.domain.PasswordHashing;
import vn.motcua.identity.login.LoginStates;
import vn.motcua.identity.login.RecentLogins;
import vn.motcua.identity.login.Sessions;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords and lockouts: administrators reset passwords and lift lockouts inside their scope;
 * every official changes their own password. A changed password is verified again at the next login.
 */
@Service
@Transactional
public class OfficialPasswords {

	private final OfficialRepository officials;

	private final OfficialDirectory directory;

	private final PasswordHashing passwords;

	private final LoginStates logins;

	private final RecentLogins recentLogins;

	private final Sessions sessions;

	OfficialPasswords(OfficialRepository officials, OfficialDirectory directory, PasswordHashing passwords,
			LoginStates logins, RecentLogins recentLogins, Sessions sessions) {
		this.sessions = sessions;
		this.officials = officials;
		this.directory = directory;
		this.passwords = passwords;
		this.logins = logins;
		this.recentLogins = recentLogins;
	}

	/** @return a temporary password to hand over; it must be changed at next login. */
	public String resetPassword(String username, Actor actor) {
		Administrators.require(actor);
		Official official = this.directory.find(username, actor);
		String temporary = Administrators.temporaryPassword();
		official.resetPassword(this.passwords.hash(temporary));
		this.officials.update(official);
		this.recentLogins.forget(official.username());
		this.logins.unlock(official.id());
		this.sessions.endAll(official.username());
		return temporary;
	}

	/** Lifts a lockout after failed logins. */
	public void unlock(String username, Actor actor) {
		Administrators.require(actor);
		this.logins.unlock(this.directory.find(username, actor).id());
	}

	/**
	 * @throws IdentityRuleViolated {@code wrong-password} when {@code current} is not the password,
	 * {@code password-too-weak}, {@code password-unchanged}.
	 * @throws DomainException {@code official-not-found}.
	 */
	public void changeOwnPassword(String username, String current, String next) {
		Official official = this.officials.findByUsername(username)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "official-not-found", username));
		official.changePassword(current, next, this.passwords);
		this.officials.update(official);
		this.recentLogins.forget(official.username());
	}

}
