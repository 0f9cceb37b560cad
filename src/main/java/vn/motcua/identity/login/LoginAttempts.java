package vn.motcua.identity.login;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import vn.motcua.identity.domain.LockoutPolicy;
import vn.motcua.identity.domain.LockoutPolicy.Claim;
import vn.motcua.identity.domain.LockoutPolicy.LoginState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts password attempts of officials and citizens as the {@link LockoutPolicy} says: each
 * attempt is claimed, in its own committed transaction and under a row lock, before its password
 * is checked, so that parallel guesses on one or several nodes are counted before they are tested.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class LoginAttempts {

	/** Whose attempts: the table and its key column (constants, never input). */
	public enum Account {

		OFFICIAL("identity_login_state", "official_id"), CITIZEN("identity_citizen_login_state", "citizen_id");

		private final String table;

		private final String key;

		Account(String table, String key) {
			this.table = table;
			this.key = key;
		}

	}

	private final JdbcClient jdbc;

	private final LockoutPolicy policy;

	private final Clock clock;

	LoginAttempts(JdbcClient jdbc, LockoutPolicy policy, Clock clock) {
		this.jdbc = jdbc;
		this.policy = policy;
		this.clock = clock;
	}

	/** @throws LockedException when the account is locked, or as many attempts as allowed are under way. */
	public void claim(Account account, UUID id) {
		Instant now = this.clock.instant();
		this.jdbc.sql("insert into " + account.table + " (" + account.key + ") values (:id) on conflict do nothing")
			.param("id", id)
			.update();
		Claim claim = this.policy.claim(locked(account, id), now);
		save(account, id, claim.state());
		if (!claim.allowed()) {
			throw new LockedException("locked after repeated wrong passwords");
		}
	}

	/** The claimed attempt's password was wrong. */
	public void failed(Account account, UUID id) {
		save(account, id, this.policy.afterFailure(locked(account, id), this.clock.instant()));
	}

	/** The password was right: the count starts again, and a lock set by this very attempt's count is lifted. */
	public void succeeded(Account account, UUID id) {
		this.jdbc.sql("update " + account.table + " set failed_attempts = 0, locked_until = null where " + account.key
				+ " = :id and (failed_attempts > 0 or locked_until is not null)")
			.param("id", id)
			.update();
	}

	/** The account's state, its row locked until the transaction ends. */
	private LoginState locked(Account account, UUID id) {
		return this.jdbc
			.sql("select failed_attempts, locked_until from " + account.table + " where " + account.key
					+ " = :id for update")
			.param("id", id)
			.query((rs, n) -> new LoginState(rs.getInt(1),
					rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
			.optional()
			.orElse(LoginState.NONE);
	}

	private void save(Account account, UUID id, LoginState state) {
		this.jdbc.sql("update " + account.table + " set failed_attempts = :failed, locked_until = :until where "
				+ account.key + " = :id")
			.param("id", id)
			.param("failed", state.failedAttempts())
			.param("until", state.lockedUntil() == null ? null : Timestamp.from(state.lockedUntil()))
			.update();
	}

}
