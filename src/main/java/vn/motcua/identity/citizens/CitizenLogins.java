package vn.motcua.identity.citizens;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.domain.Contacts;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a citizen's login needs: the verified account of a contact, or of a person an identity provider vouched for. */
@Service
@Transactional
public class CitizenLogins {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CitizenRepository citizens;

	private final PasswordEncoder encoder;

	private final Clock clock;

	CitizenLogins(CitizenRepository citizens, PasswordEncoder encoder, Clock clock) {
		this.citizens = citizens;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** @return the verified account for the login, if any. */
	@Transactional(readOnly = true)
	public Optional<CitizenPrincipal> forLogin(String contact) {
		String normalized;
		try {
			normalized = Contacts.normalize(contact);
		}
		catch (DomainException ex) {
			return Optional.empty();
		}
		return this.citizens.findVerified(normalized);
	}

	/**
	 * The account of a person the identity provider vouched for: found by the provider's subject,
	 * else linked to the account of the same verified e-mail address or phone number, else created
	 * (verified, with a password nobody knows: that person logs in through the provider).
	 * @param subject the provider's issuer and subject, e.g. {@code https://sso.example.vn|0123}.
	 * @param contact the verified e-mail address or phone number the provider gave.
	 * @throws DomainException {@code contact-invalid} when the provider gave no usable contact,
	 * {@code citizen-linked-elsewhere} when the contact's account belongs to another subject.
	 */
	public CitizenPrincipal fromIdentityProvider(String subject, String contact, String fullName) {
		String normalized = Contacts.normalize(contact);
		this.citizens.linkIdentityProvider(subject, normalized, fullName.strip(),
				this.encoder.encode(UUID.randomUUID() + "" + RANDOM.nextLong()), this.clock.instant());
		return this.citizens.findBySubject(subject)
			.orElseThrow(() -> new DomainException(Kind.CONFLICT, "citizen-linked-elsewhere", normalized));
	}

	/**
	 * The account of a person who filed on the national public service portal, which identified them:
	 * the account of the same contact, else one created verified with a password nobody knows (they
	 * log in through the identity provider, or reset it).
	 * @throws DomainException {@code contact-invalid}.
	 */
	public UUID forNationalFiling(String contact, String fullName) {
		return this.citizens.claimVerified(Contacts.normalize(contact), fullName.strip(),
				this.encoder.encode(UUID.randomUUID() + "" + RANDOM.nextLong()), this.clock.instant());
	}

	/**
	 * Keeps what the provider vouched for at this login, each only if well formed (a 12-digit
	 * personal identification number, an ISO date of birth); what it did not give stays, and a login
	 * that gives nothing vouches for nothing.
	 */
	public void vouch(String subject, @Nullable String fullName, @Nullable String idNumber, @Nullable String birthdate,
			@Nullable String address, String issuer) {
		LocalDate born = null;
		try {
			born = birthdate == null ? null : LocalDate.parse(birthdate.strip());
		}
		catch (DateTimeParseException ex) {
			// not a full date (a provider may give only the year): not vouched
		}
		String number = idNumber != null && idNumber.strip().matches("[0-9]{12}") ? idNumber.strip() : null;
		String name = clip(fullName, 200);
		String place = clip(address, 300);
		if (name != null || number != null || born != null || place != null) {
			this.citizens.vouch(subject, name, number, born, place, issuer, this.clock.instant());
		}
	}

	private static @Nullable String clip(@Nullable String text, int max) {
		String t = text == null ? "" : text.strip();
		return t.isEmpty() ? null : t.length() > max ? t.substring(0, max) : t;
	}

}
