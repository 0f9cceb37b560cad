package vn.motcua.identity.login;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens of officials for API clients (issue 18): an integration of the province
 * (the national portal adapter, a reporting script) sends {@code Authorization: Bearer mc_…} instead
 * of a password at every request. A token is 32 random bytes; only its SHA-256 is stored, the token
 * is shown once. It carries its official's roles and scope as they are, expires (1 to 365 days) and
 * is revocable by its official. Signing in with one: {@link ApiTokenLogins}.
 */
@Service
@Transactional
public class ApiTokens {

	/** Tokens an official may hold at once. */
	static final int MAX_ACTIVE = 20;

	static final int MAX_DAYS = 365;

	static final String PREFIX = "mc_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final LoginAccounts accounts;

	private final ApiTokenLogins logins;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, LoginAccounts accounts, ApiTokenLogins logins, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.logins = logins;
		this.clock = clock;
	}

	/** A token as its official sees it in the list: never the token itself. */
	public record TokenView(UUID id, String name, String hint, Instant createdAt, Instant expiresAt,
			@Nullable Instant revokedAt) {

		public boolean active(Instant now) {
			return this.revokedAt == null && this.expiresAt.isAfter(now);
		}

	}

	/** A token just issued: {@code token} is shown this once. */
	public record Issued(TokenView view, String token) {
	}

	/**
	 * Issues a token to the official.
	 * @throws DomainException {@code token-name-required}, {@code token-days} (1 to 365),
	 * {@code token-limit} (20 active), {@code token-by-token} when the caller signed in with a token.
	 */
	public Issued issue(Actor actor, @Nullable String name, int days, boolean byToken) {
		if (byToken) {
			throw new DomainException(Kind.FORBIDDEN, "token-by-token");
		}
		String label = name == null ? "" : name.strip();
		if (label.isEmpty() || label.length() > 100) {
			throw new DomainException(Kind.INVALID, "token-name-required");
		}
		if (days < 1 || days > MAX_DAYS) {
			throw new DomainException(Kind.INVALID, "token-days", MAX_DAYS);
		}
		Instant now = this.clock.instant();
		UUID official = officialId(actor);
		// one official issuing from two places at once counts his tokens one after the other
		this.jdbc.sql("select id from identity_official where id = :id for update").param("id", official).query(UUID.class).list();
		long active = list(actor).stream().filter(t -> t.active(now)).count();
		if (active >= MAX_ACTIVE) {
			throw new DomainException(Kind.CONFLICT, "token-limit", MAX_ACTIVE);
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		TokenView view = new TokenView(UUID.randomUUID(), label, token.substring(0, 8) + "…", now,
				now.plus(Duration.ofDays(days)), null);
		this.jdbc.sql("""
				insert into identity_api_token (id, official_id, name, token_hash, hint, created_at, expires_at)
				values (:id, :official, :name, :hash, :hint, :created, :expires)""")
			.param("id", view.id())
			.param("official", official)
			.param("name", view.name())
			.param("hash", TokenAuthentication.digest(token))
			.param("hint", view.hint())
			.param("created", Timestamp.from(view.createdAt()))
			.param("expires", Timestamp.from(view.expiresAt()))
			.update();
		return new Issued(view, token);
	}

	/** @return the official's tokens, newest first, the revoked and expired ones too. */
	@Transactional(readOnly = true)
	public List<TokenView> list(Actor actor) {
		return this.jdbc.sql("""
				select id, name, hint, created_at, expires_at, revoked_at from identity_api_token
				where official_id = :official order by created_at desc, name""")
			.param("official", officialId(actor))
			.query((rs, n) -> new TokenView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("hint"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
					SqlTimes.instant(rs, "revoked_at")))
			.list();
	}

	/**
	 * Revokes one of the official's own tokens (again: nothing changes).
	 * @throws DomainException {@code token-not-found} for a token of somebody else or none.
	 */
	public void revoke(Actor actor, UUID id) {
		int found = this.jdbc.sql("""
				update identity_api_token set revoked_at = coalesce(revoked_at, :now)
				where id = :id and official_id = :official""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.param("official", officialId(actor))
			.update();
		if (found == 0) {
			throw new DomainException(Kind.NOT_FOUND, "token-not-found");
		}
		this.logins.forget(id);
	}

	private UUID officialId(Actor actor) {
		return this.accounts.idOf(actor.username()).orElseThrow(() -> new DomainException(Kind.FORBIDDEN, "forbidden"));
	}

}
