package vn.motcua.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import vn.motcua.identity.domain.LockoutPolicy;
import vn.motcua.identity.domain.LockoutPolicy.LoginState;
import vn.motcua.identity.domain.Official;
import vn.motcua.identity.domain.OfficialRepository;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login for officials, by form or HTTP Basic: loads the account with its lockout state and keeps
 * count of consecutive failures, locking the account as the {@link LockoutPolicy} says.
 */
@Component
@Transactional
class LoginAccounts implements UserDetailsService {

	private final OfficialRepository officials;

	private final JdbcClient jdbc;

	private final LockoutPolicy lockout;

	private final Clock clock;

	LoginAccounts(OfficialRepository officials, JdbcClient jdbc, LockoutPolicy lockout, Clock clock) {
		this.officials = officials;
		this.jdbc = jdbc;
		this.lockout = lockout;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Official official = this.officials.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("no official " + username));
		boolean locked = state(official, "").map(s -> s.lockedAt(this.clock.instant())).orElse(false);
		return new OfficialPrincipal(official.id(), official.username(), official.passwordHash(), official.fullName(),
				official.unitId(), official.roles(), official.enabled(), locked, official.mustChangePassword());
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		this.officials.findByUsername(event.getAuthentication().getName()).ifPresent(official -> {
			Instant now = this.clock.instant();
			LoginState before = state(official, " for update").orElse(new LoginState(0, null));
			LoginState after = this.lockout.afterFailure(before.failedAttempts(), before.lockedUntil(), now);
			this.jdbc.sql("""
					insert into identity_login_state (official_id, failed_attempts, locked_until) values (:id, :failed, :until)
					on conflict (official_id) do update set failed_attempts = :failed, locked_until = :until""")
				.param("id", official.id())
				.param("failed", after.failedAttempts())
				.param("until", after.lockedUntil() == null ? null : Timestamp.from(after.lockedUntil()))
				.update();
		});
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		// every HTTP Basic call succeeds anew: write only when there is a count to reset
		this.jdbc.sql("""
				update identity_login_state set failed_attempts = 0
				where failed_attempts > 0 and official_id = (select id from identity_official where lower(username) = lower(:u))""")
			.param("u", event.getAuthentication().getName())
			.update();
	}

	@EventListener
	void on(InteractiveAuthenticationSuccessEvent event) {
		this.officials.findByUsername(event.getAuthentication().getName())
			.ifPresent(official -> this.jdbc.sql("""
					insert into identity_login_state (official_id, last_login_at) values (:id, :at)
					on conflict (official_id) do update set last_login_at = :at""")
				.param("id", official.id())
				.param("at", Timestamp.from(this.clock.instant()))
				.update());
	}

	private Optional<LoginState> state(Official official, String lock) {
		return this.jdbc.sql("select failed_attempts, locked_until from identity_login_state where official_id = :id" + lock)
			.param("id", official.id())
			.query((rs, n) -> new LoginState(rs.getInt(1),
					rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
			.optional();
	}

}
