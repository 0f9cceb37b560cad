package vn.motcua.audit.recording;

import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes logins to the audit log: each login through a form or an identity provider, each logout,
 * and each failed attempt with its reason (wrong password, locked, disabled), also of API clients.
 */
@Component
class LoginAudit {

	private final JdbcClient jdbc;

	LoginAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		write(event.getAuthentication().getName(), "login", null);
	}

	@EventListener
	void on(LogoutSuccessEvent event) {
		write(event.getAuthentication().getName(), "logout", null);
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		write(event.getAuthentication().getName(), "login failed", event.getException().getClass().getSimpleName());
	}

	private void write(String login, String action, @Nullable String details) {
		this.jdbc.sql("insert into audit_entry (actor, address, action, subject, details) values (?, ?, ?, ?, ?)")
			.params(clean(login, 160), ActorOnConnection.address(), action, clean(login, 300), details)
			.update();
	}

	/** A login as typed, which may be anything: without control characters, and cut to fit. */
	private static String clean(String login, int max) {
		String printable = login.replaceAll("\\p{Cntrl}", "?");
		return printable.length() > max ? printable.substring(0, max) : printable;
	}

}
