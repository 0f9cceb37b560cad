package vn.motcua.identity.citizens;

import java.time.Clock;
import java.util.Optional;

import vn.motcua.identity.domain.Contacts;
import vn.motcua.identity.domain.OneTimeCode;
import vn.motcua.identity.domain.PasswordPolicy;
import vn.motcua.identity.login.LoginAttempts;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * «Quên mật khẩu» for citizens: a {@link OneTimeCode} sent by SMS or e-mail to the account's
 * verified contact, as at registration, then a new password with that code. The answer never tells
 * whether an account exists; codes go as often as {@link OneTimeCode.Sent} allows, and each has
 * {@link OneTimeCode#TRIES} tries. A new password also lifts a lockout after wrong passwords.
 */
@Service
@Transactional
class PasswordReset {

	private final CitizenRepository citizens;

	private final PasswordEncoder encoder;

	private final CodeSender codes;

	private final LoginAttempts attempts;

	private final Clock clock;

	PasswordReset(CitizenRepository citizens, PasswordEncoder encoder, CodeSender codes, LoginAttempts attempts,
			Clock clock) {
		this.attempts = attempts;
		this.citizens = citizens;
		this.encoder = encoder;
		this.codes = codes;
		this.clock = clock;
	}

	/**
	 * Sends a code to the verified account of {@code contact}, if there is one and it may have another.
	 * @return the contact as stored.
	 * @throws DomainException {@code contact-invalid}.
	 */
	String sendCode(String contact) {
		String normalized = Contacts.normalize(contact);
		if (this.citizens.isVerified(normalized)) {
			this.codes.send(normalized); // said or not, the page answers the same
		}
		return normalized;
	}

	/**
	 * Sets a new password with the code sent.
	 * @throws DomainException {@code contact-invalid}, {@code password-too-weak}, {@code code-invalid}
	 * (wrong, expired or over-tried code, or no such account: the same answer).
	 */
	void reset(String contact, String code, String password) {
		String normalized = Contacts.normalize(contact);
		PasswordPolicy.check(normalized, password);
		Optional<String> hash = this.citizens.isVerified(normalized) ? this.citizens.tryCode(normalized, this.clock.instant())
				: Optional.empty();
		if (hash.isEmpty() || !this.encoder.matches(code.strip(), hash.get())) {
			throw new DomainException(Kind.INVALID, "code-invalid");
		}
		this.citizens.deleteCode(normalized);
		this.citizens.changePassword(normalized, this.encoder.encode(password));
		this.citizens.findVerified(normalized)
			.ifPresent(citizen -> this.attempts.succeeded(LoginAttempts.Account.CITIZEN, citizen.id()));
	}

}
