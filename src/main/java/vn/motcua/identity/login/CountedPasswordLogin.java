package vn.motcua.identity.login;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import vn.motcua.identity.domain.LockoutPolicy.Verdict;
import vn.motcua.identity.login.LoginAttempts.Account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * A password login whose attempts are counted before the password is checked ({@link
 * LoginAttempts}): a locked account's password is never tested, and one more than the allowed in
 * parallel waits (up to {@link #PATIENCE}) until those are decided. An unknown name goes straight to
 * the password check, which fails in the same time.
 */
public final class CountedPasswordLogin implements AuthenticationProvider {

	/** How long an attempt waits for the attempts under way before it gives up as locked. */
	static final Duration PATIENCE = Duration.ofSeconds(5);

	private static final long PAUSE_MILLIS = 25;

	private final AuthenticationProvider passwords;

	private final LoginAttempts attempts;

	private final Account account;

	private final Function<String, Optional<UUID>> idOf;

	public CountedPasswordLogin(AuthenticationProvider passwords, LoginAttempts attempts, Account account,
			Function<String, Optional<UUID>> idOf) {
		this.passwords = passwords;
		this.attempts = attempts;
		this.account = account;
		this.idOf = idOf;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		Optional<UUID> id = this.idOf.apply(authentication.getName());
		if (id.isEmpty()) {
			return this.passwords.authenticate(authentication);
		}
		claim(id.get());
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			this.attempts.failed(this.account, id.get());
			throw ex;
		}
		catch (AuthenticationException ex) {
			this.attempts.abandoned(this.account, id.get());
			throw ex;
		}
		this.attempts.succeeded(this.account, id.get());
		return result;
	}

	private void claim(UUID id) {
		for (long waited = 0; waited <= PATIENCE.toMillis(); waited += PAUSE_MILLIS) {
			Verdict verdict = this.attempts.claim(this.account, id);
			if (verdict == Verdict.ALLOWED) {
				return;
			}
			if (verdict == Verdict.LOCKED) {
				break;
			}
			try {
				Thread.sleep(PAUSE_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		throw new LockedException("locked after repeated wrong passwords, or too many attempts at once");
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

}
