package vn.motcua.identity.citizens;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import vn.motcua.identity.CitizenCodeIssued;
import vn.motcua.identity.domain.Contacts;
import vn.motcua.identity.domain.OneTimeCode;
import vn.motcua.identity.domain.PasswordPolicy;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * «Quên mật khẩu» for citizens: a {@link OneTimeCode} sent by SMS or e-mail to the account's
 * verified contact, as at registration, then a new password with that code. The answer never tells
 * whether an account exists; a new code is sent at most once a {@link #PAUSE}, and each code has
 * {@link OneTimeCode#TRIES} tries.
 */
@Service
@Transactional
class PasswordReset {

	/** The least time between two codes sent to one contact. */
	static final Duration PAUSE = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CitizenRepository citizens;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PasswordReset(CitizenRepository citizens, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
		this.citizens = citizens;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sends a code to the verified account of {@code contact}, if there is one and no code went to
	 * it in the last minute.
	 * @return the contact as stored.
	 * @throws DomainException {@code contact-invalid}.
	 */
	String sendCode(String contact) {
		String normalized = Contacts.normalize(contact);
		Instant now = this.clock.instant();
		if (this.citizens.isVerified(normalized) && !this.citizens.codeIssuedSince(normalized, now.minus(PAUSE))) {
			OneTimeCode code = OneTimeCode.issue(RANDOM, now);
			this.citizens.saveCode(normalized, this.encoder.encode(code.code()), code.expiresAt());
			this.events.publishEvent(new CitizenCodeIssued(normalized, Contacts.isEmail(normalized), code.code(),
					code.issuedAt(), code.expiresAt()));
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
	}

}
