package vn.motcua.identity.login;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.domain.LockoutPolicy.LoginState;
import vn.motcua.shared.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The login bookkeeping of officials ({@code identity_login_state}): consecutive failures, until
 * when an account is locked, the last interactive login. Kept apart from the account, so that a
 * failed login never collides with an administrator's edit.
 */
@Repository
public class LoginStates {

	private final JdbcClient jdbc;

	LoginStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<LoginState> find(UUID officialId) {
		return this.jdbc.sql("select failed_attempts, locked_until from identity_login_state where official_id = :id")
			.param("id", officialId)
			.query((rs, n) -> new LoginState(rs.getInt("failed_attempts"), SqlTimes.instant(rs, "locked_until")))
			.optional();
	}

	void recordLogin(UUID officialId, Instant at) {
		this.jdbc.sql("""
				insert into identity_login_state (official_id, last_login_at) values (:id, :at)
				on conflict (official_id) do update set last_login_at = :at""")
			.param("id", officialId)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Lifts a lockout after failed logins. */
	public void unlock(UUID officialId) {
		this.jdbc.sql("update identity_login_state set failed_attempts = 0, locked_until = null where official_id = :id")
			.param("id", officialId)
			.update();
	}

	/** @return the bookkeeping of those officials that have any, by official. */
	public Map<UUID, LoginRecord> of(Collection<UUID> officialIds) {
		if (officialIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("select * from identity_login_state where official_id in (:ids)")
			.param("ids", officialIds)
			.query((rs, n) -> Map.entry(rs.getObject("official_id", UUID.class),
					new LoginRecord(new LoginState(rs.getInt("failed_attempts"), SqlTimes.instant(rs, "locked_until")),
							SqlTimes.instant(rs, "last_login_at"))))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** An official's login bookkeeping: the lockout state and the last interactive login. */
	public record LoginRecord(LoginState state, @Nullable Instant lastLoginAt) {
	}

}
