package vn.motcua.identity.citizens;

import java.security.SecureRandom;
import java.time.Clock;
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
 * Citizen accounts: registration with a phone number or an e-mail address verified by a
 * {@link OneTimeCode}. Publishes {@link CitizenCodeIssued} for each code, which the notifications send.
 */
@Service
@Transactional
public class CitizenRegistration {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CitizenRepository citizens;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CitizenRegistration(CitizenRepository citizens, PasswordEncoder encoder, ApplicationEventPublisher events,
			Clock clock) {
		this.citizens = citizens;
		this.encoder = encoder;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Registers (or, before verification, re-registers) an account and sends the one-time code.
	 * @return the contact as stored (a phone number as 10 digits, an e-mail address in lower case).
	 * @throws DomainException {@code contact-invalid}, {@code citizen-exists}, {@code password-too-weak}.
	 */
	public String register(String contact, String fullName, String password) {
		String normalized = Contacts.normalize(contact);
		PasswordPolicy.check(normalized, password);
		if (this.citizens.isVerified(normalized)) {
			throw new DomainException(Kind.CONFLICT, "citizen-exists", normalized);
		}
		this.citizens.register(normalized, fullName.strip(), this.encoder.encode(password), this.clock.instant());
		issueCode(normalized);
		return normalized;
	}

	/** Sends a new code to an account not yet verified (the old one stops working). */
	public void resendCode(String contact) {
		String normalized = Contacts.normalize(contact);
		if (this.citizens.awaitsVerification(normalized)) {
			issueCode(normalized);
		}
	}

	/**
	 * @throws DomainException {@code code-invalid} for a wrong, expired or over-tried code, the
	 * same answer for all three.
	 */
	public void verify(String contact, String code) {
		String normalized = Contacts.normalize(contact);
		Instant now = this.clock.instant();
		Optional<String> hash = this.citizens.tryCode(normalized, now);
		if (hash.isEmpty() || !this.encoder.matches(code.strip(), hash.get())) {
			throw new DomainException(Kind.INVALID, "code-invalid");
		}
		this.citizens.deleteCode(normalized);
		this.citizens.markVerified(normalized, now);
	}

	/**
	 * A verified account without the code round trip, for the demo: the contact must be valid; an
	 * existing account is left alone.
	 */
	public void registerVerified(String contact, String fullName, String password) {
		this.citizens.registerVerified(Contacts.normalize(contact), fullName, this.encoder.encode(password),
				this.clock.instant());
	}

	private void issueCode(String contact) {
		OneTimeCode code = OneTimeCode.issue(RANDOM, this.clock.instant());
		this.citizens.saveCode(contact, this.encoder.encode(code.code()), code.expiresAt());
		this.events.publishEvent(new CitizenCodeIssued(contact, Contacts.isEmail(contact), code.code(), code.issuedAt(),
				code.expiresAt()));
	}

}
