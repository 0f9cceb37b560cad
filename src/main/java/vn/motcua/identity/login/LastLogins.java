package vn.motcua.identity.login;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the time of an official's last interactive login (failures are {@link LoginAttempts}' business). */
@Component
@Transactional
class LastLogins {

	private final LoginAccounts accounts;

	private final LoginStates states;

	private final Clock clock;

	LastLogins(LoginAccounts accounts, LoginStates states, Clock clock) {
		this.accounts = accounts;
		this.states = states;
		this.clock = clock;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		this.accounts.idOf(event.getAuthentication().getName())
			.ifPresent(id -> this.states.recordLogin(id, this.clock.instant()));
	}

}
