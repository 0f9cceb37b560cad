package vn.motcua.identity.login;

import java.time.Clock;
import java.time.Instant;

import vn.motcua.identity.domain.LockoutPolicy;
import vn.motcua.identity.domain.LockoutPolicy.LoginState;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps count of an official's consecutive failed logins, locking the account as the
 * {@link LockoutPolicy} says, and the time of the last interactive login.
 */
@Component
@Transactional
class FailedLogins {

	private final LoginAccounts accounts;

	private final LoginStates states;

	private final LockoutPolicy lockout;

	private final Clock clock;

	FailedLogins(LoginAccounts accounts, LoginStates states, LockoutPolicy lockout, Clock clock) {
		this.accounts = accounts;
		this.states = states;
		this.lockout = lockout;
		this.clock = clock;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.idOf(event.getAuthentication().getName()).ifPresent(id -> {
			Instant now = this.clock.instant();
			LoginState before = this.states.find(id, true).orElse(new LoginState(0, null));
			this.states.save(id, this.lockout.afterFailure(before.failedAttempts(), before.lockedUntil(), now));
		});
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		// every HTTP Basic call succeeds anew: write only when there is a count to reset
		this.states.resetFailures(event.getAuthentication().getName());
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		this.accounts.idOf(event.getAuthentication().getName())
			.ifPresent(id -> this.states.recordLogin(id, this.clock.instant()));
	}

}
