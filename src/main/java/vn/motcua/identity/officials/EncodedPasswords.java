package vn.motcua.identity.officials;

import vn.motcua.identity.domain.PasswordHashing;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Passwords hashed by the application's {@link PasswordEncoder} (bcrypt today). */
@Component
class EncodedPasswords implements PasswordHashing {

	private final PasswordEncoder encoder;

	EncodedPasswords(PasswordEncoder encoder) {
		this.encoder = encoder;
	}

	@Override
	public String hash(String password) {
		return this.encoder.encode(password);
	}

	@Override
	public boolean matches(String password, String hash) {
		return this.encoder.matches(password, hash);
	}

}
