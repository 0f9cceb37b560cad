package vn.motcua.identity.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password login with a short memory: an API client sends its password on every request (HTTP
 * Basic) and bcrypt costs ~90 ms of CPU each time. A password verified in the last {@link #TTL} is
 * accepted again without bcrypt (a SHA-256 of it is kept, never the password), but the account is
 * still loaded and checked (disabled, locked, must change password) every time, and a stored hash
 * other than the one verified (the password changed, on any node) means verifying again. A
 * password that is checked is an attempt counted first ({@link CountedPasswordLogin}).
 */
@Component
public class RecentLogins implements AuthenticationProvider {

	static final Duration TTL = Duration.ofSeconds(60);

	private final CountedPasswordLogin passwords;

	private final UserDetailsService accounts;

	private final UserDetailsChecker checks;

	private final Map<String, Verified> verified = new ConcurrentHashMap<>();

	RecentLogins(LoginAccounts accounts, PasswordEncoder encoder, LoginAttempts attempts) {
		var check = new DaoAuthenticationProvider(accounts);
		check.setPasswordEncoder(encoder);
		this.passwords = new CountedPasswordLogin(check, attempts, LoginAttempts.Account.OFFICIAL, accounts::idOf);
		this.accounts = accounts;
		this.checks = new AccountStatusUserDetailsChecker();
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String digest = digest(username, String.valueOf(authentication.getCredentials()));
		Verified known = this.verified.get(username.toLowerCase(Locale.ROOT));
		if (known != null && known.digest().equals(digest) && System.nanoTime() - known.at() < TTL.toNanos()) {
			UserDetails user = this.accounts.loadUserByUsername(username);
			// a password changed since, also on another node, shows as another stored hash: verify again
			if (known.passwordHash().equals(user.getPassword())) {
				this.checks.check(user);
				return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
			}
		}
		Authentication result = this.passwords.authenticate(authentication);
		String hash = result.getPrincipal() instanceof UserDetails user && user.getPassword() != null ? user.getPassword()
				: "";
		this.verified.put(username.toLowerCase(Locale.ROOT), new Verified(digest, System.nanoTime(), hash));
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** The password changed: the next login verifies it again. */
	public void forget(String username) {
		this.verified.remove(username.toLowerCase(Locale.ROOT));
	}

	private static String digest(String username, String password) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((username + '\u0000' + password).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A password verified at {@code at} (nano time), and the account's stored hash it was verified against. */
	private record Verified(String digest, long at, String passwordHash) {
	}

}
