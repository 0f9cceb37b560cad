package vn.motcua.identity.login;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.domain.LockoutPolicy;
import vn.motcua.identity.domain.LockoutPolicy.Attempts;
import vn.motcua.identity.domain.LockoutPolicy.Claim;
import vn.motcua.identity.domain.LockoutPolicy.Verdict;
import vn.motcua.shared.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
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

	/**
	 * Claims one attempt for {@code id}, as the policy says.
	 * @return {@link Verdict#ALLOWED} (check the password), {@link Verdict#WAIT} (as many attempts as
	 * allowed are being decided: ask again in a moment) or {@link Verdict#LOCKED}.
	 */
	public Verdict claim(Account account, UUID id) {
		this.jdbc.sql("insert into " + account.table + " (" + account.key + ") values (:id) on conflict do nothing")
			.param("id", id)
			.update();
		Claim claim = this.policy.claim(locked(account, id), this.clock.instant());
		save(account, id, claim.attempts());
		return claim.verdict();
	}

	/** The claimed attempt's password was wrong. */
	public void failed(Account account, UUID id) {
		save(account, id, this.policy.afterFailure(locked(account, id), this.clock.instant()));
	}

	/** The claimed attempt's password was right: the count starts again, without a lock. */
	public void succeeded(Account account, UUID id) {
		save(account, id, this.policy.afterSuccess(locked(account, id)));
	}

	/** The claimed attempt ended before its password was judged (a disabled account, an expired one). */
	public void abandoned(Account account, UUID id) {
		save(account, id, this.policy.afterAbandon(locked(account, id)));
	}

	/** The account's attempts, its row locked until the transaction ends. */
	private Attempts locked(Account account, UUID id) {
		return this.jdbc
			.sql("select failed_attempts, locked_until, pending, pending_since from " + account.table + " where "
					+ account.key + " = :id for update")
			.param("id", id)
			.query((rs, n) -> new Attempts(rs.getInt("failed_attempts"), SqlTimes.instant(rs, "locked_until"),
					rs.getInt("pending"), SqlTimes.instant(rs, "pending_since")))
			.optional()
			.orElse(Attempts.NONE);
	}

	private void save(Account account, UUID id, Attempts attempts) {
		this.jdbc.sql("update " + account.table + " set failed_attempts = :failed, locked_until = :until,"
				+ " pending = :pending, pending_since = :since where " + account.key + " = :id")
			.param("id", id)
			.param("failed", attempts.failed())
			.param("until", timestamp(attempts.lockedUntil()))
			.param("pending", attempts.pending())
			.param("since", timestamp(attempts.pendingSince()))
			.update();
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}

}
