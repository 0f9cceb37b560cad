package vn.motcua.identity.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Actor;
import vn.motcua.shared.BearerAuthentication;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens of officials for API clients (issue 18): an integration of the province
 * (the national portal adapter, a reporting script) sends {@code Authorization: Bearer mc_…} instead
 * of a password at every request. A token is 32 random bytes; only its SHA-256 is stored, the token
 * is shown once. It carries its official's roles and scope as they are, expires (1 to 365 days) and
 * is revocable by its official.
 * <p>
 * A token seen lately is answered from memory for {@link #TTL}, without a database round trip: a
 * revocation takes effect at once on the node that recorded it and within that minute on the others,
 * as does a disabled account, a lock or a changed role.
 */
@Service
@Transactional
public class ApiTokens implements BearerAuthentication {

	static final Duration TTL = Duration.ofSeconds(60);

	/** Tokens an official may hold at once. */
	static final int MAX_ACTIVE = 20;

	static final int MAX_DAYS = 365;

	private static final String PREFIX = "mc_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final LoginAccounts accounts;

	private final Clock clock;

	private final AccountStatusUserDetailsChecker checks = new AccountStatusUserDetailsChecker();

	private final Map<String, Known> known = new ConcurrentHashMap<>();

	ApiTokens(JdbcClient jdbc, LoginAccounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
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
			.param("hash", digest(token))
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
		this.known.values().removeIf(k -> k.id().equals(id));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Authentication> authenticate(String token) {
		if (!token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		String hash = digest(token);
		Instant now = this.clock.instant();
		Known seen = this.known.get(hash);
		if (seen != null && System.nanoTime() - seen.at() < TTL.toNanos() && seen.expiresAt().isAfter(now)) {
			return Optional.of(seen.authentication());
		}
		this.known.remove(hash);
		Optional<Row> row = this.jdbc.sql("""
				select t.id, o.username, t.expires_at from identity_api_token t
				join identity_official o on o.id = t.official_id
				where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now""")
			.param("hash", hash)
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getTimestamp("expires_at").toInstant()))
			.optional();
		if (row.isEmpty()) {
			return Optional.empty();
		}
		UserDetails official;
		try {
			official = this.accounts.loadUserByUsername(row.get().username());
			this.checks.check(official);
		}
		catch (UsernameNotFoundException | AccountStatusException ex) {
			return Optional.empty();
		}
		if (official instanceof OfficialPrincipal principal) {
			principal.eraseCredentials();
		}
		Authentication authentication = new TokenAuthentication(official);
		if (this.known.size() >= 10_000) {
			this.known.clear();
		}
		this.known.put(hash, new Known(row.get().id(), authentication, row.get().expiresAt(), System.nanoTime()));
		return Optional.of(authentication);
	}

	private UUID officialId(Actor actor) {
		return this.accounts.idOf(actor.username()).orElseThrow(() -> new DomainException(Kind.FORBIDDEN, "forbidden"));
	}

	/** @return whether the request was authenticated by a token (a token does not issue tokens). */
	public static boolean byToken(@Nullable Authentication authentication) {
		return authentication instanceof TokenAuthentication;
	}

	private static String digest(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An official signed in by a token. */
	private static final class TokenAuthentication extends UsernamePasswordAuthenticationToken {

		private static final long serialVersionUID = 1L;

		TokenAuthentication(UserDetails official) {
			super(official, null, official.getAuthorities());
		}

	}

	private record Row(UUID id, String username, Instant expiresAt) {
	}

	private record Known(UUID id, Authentication authentication, Instant expiresAt, long at) {
	}

}
