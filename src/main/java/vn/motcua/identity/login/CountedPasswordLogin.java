package vn.motcua.identity.login;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import vn.motcua.identity.login.LoginAttempts.Account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * A password login whose attempts are counted before the password is checked ({@link
 * LoginAttempts}): a locked account's password, or one more than the allowed in parallel, is never
 * tested. An unknown name goes straight to the password check, which fails in the same time.
 */
public final class CountedPasswordLogin implements AuthenticationProvider {

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
		this.attempts.claim(this.account, id.get());
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			this.attempts.failed(this.account, id.get());
			throw ex;
		}
		this.attempts.succeeded(this.account, id.get());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.passwords.supports(authentication);
	}

}
