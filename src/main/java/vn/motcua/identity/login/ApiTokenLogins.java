package vn.motcua.identity.login;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.BearerAuthentication;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in with an API token ({@link ApiTokens}): the official it was issued to, with his roles and
 * scope as they are. A token seen lately is answered from memory for {@link #TTL}, without a
 * database round trip: a revocation takes effect at once on the node that recorded it and within
 * that minute on the others, as does a disabled account or a changed role. A password lockout does
 * not stop an integration (anyone could otherwise lock it out by guessing its official's password).
 */
@Component
public class ApiTokenLogins implements BearerAuthentication {

	static final Duration TTL = Duration.ofSeconds(60);

	private final JdbcClient jdbc;

	private final LoginAccounts accounts;

	private final Clock clock;

	private final Map<String, Known> known = new ConcurrentHashMap<>();

	ApiTokenLogins(JdbcClient jdbc, LoginAccounts accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.SUPPORTS) // a token seen lately borrows no connection
	public Optional<Authentication> authenticate(String token) {
		if (!token.startsWith(ApiTokens.PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		String hash = TokenAuthentication.digest(token);
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
		}
		catch (UsernameNotFoundException ex) {
			return Optional.empty();
		}
		if (!official.isEnabled()) { // a password lockout does not stop the official's integrations
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

	/** A revoked token is refused at once on this node. */
	void forget(UUID id) {
		this.known.values().removeIf(k -> k.id().equals(id));
	}

	private record Row(UUID id, String username, Instant expiresAt) {
	}

	private record Known(UUID id, Authentication authentication, Instant expiresAt, long at) {
	}

}
