package vn.motcua.identity.citizens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import vn.motcua.identity.domain.Contacts;
import vn.motcua.identity.domain.OneTimeCode;
import vn.motcua.identity.domain.PasswordPolicy;
import vn.motcua.shared.ClientBudget;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizen accounts: registration with a phone number or an e-mail address verified by a
 * {@link OneTimeCode}, which the {@link CodeSender} sends.
 */
@Service
@Transactional
public class CitizenRegistration {

	private final CitizenRepository citizens;

	private final PasswordEncoder encoder;

	private final CodeSender codes;

	private final Clock clock;

	/** How many registrations one client makes in a window: each sends a text message (local practice). */
	private final ClientBudget perClient;

	CitizenRegistration(CitizenRepository citizens, PasswordEncoder encoder, CodeSender codes, Clock clock,
			@Value("${motcua.citizens.registrations-per-client:10}") int perClient,
			@Value("${motcua.citizens.registration-window:1h}") Duration window) {
		this.perClient = new ClientBudget(perClient, window, clock);
		this.citizens = citizens;
		this.encoder = encoder;
		this.codes = codes;
		this.clock = clock;
	}

	/**
	 * Registers (or, before verification, re-registers) an account and sends the one-time code.
	 * @return the contact as stored (a phone number as 10 digits, an e-mail address in lower case).
	 * @throws DomainException {@code contact-invalid}, {@code citizen-exists}, {@code password-too-weak},
	 * {@code too-many-codes}, {@code too-many-registrations}.
	 * @param client who registers (the address), counted against {@code motcua.citizens.registrations-per-client}.
	 */
	public String register(String contact, String fullName, String password, String client) {
		if (this.perClient.exhausted(client)) {
			throw new DomainException(Kind.LIMITED, "too-many-registrations", this.perClient.minutesToWait());
		}
		this.perClient.spend(client);
		String normalized = Contacts.normalize(contact);
		PasswordPolicy.check(normalized, password);
		if (this.citizens.isVerified(normalized)) {
			throw new DomainException(Kind.CONFLICT, "citizen-exists", normalized);
		}
		this.citizens.register(normalized, fullName.strip(), this.encoder.encode(password), this.clock.instant());
		if (!this.codes.send(normalized)) {
			throw new DomainException(Kind.LIMITED, "too-many-codes");
		}
		return normalized;
	}

	/**
	 * Sends a new code to an account not yet verified (the old one stops working).
	 * @throws DomainException {@code too-many-codes} within a minute of the last code or after five in a day.
	 */
	public void resendCode(String contact) {
		String normalized = Contacts.normalize(contact);
		if (this.citizens.awaitsVerification(normalized) && !this.codes.send(normalized)) {
			throw new DomainException(Kind.LIMITED, "too-many-codes");
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


}
