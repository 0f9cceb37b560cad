package vn.motcua.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import vn.motcua.identity.domain.PasswordPolicy;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizen accounts: registration with a phone number or an e-mail address verified by a one-time
 * code (6 digits, {@link #CODE_LIFETIME}, {@link #CODE_TRIES} tries), and what the login needs.
 */
@Service
@Transactional
public class CitizenAccounts {

	static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

	static final int CODE_TRIES = 5;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("0\\d{9}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CitizenAccounts(JdbcClient jdbc, PasswordEncoder encoder, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
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
		String normalized = normalize(contact);
		PasswordPolicy.check(normalized, password);
		boolean verified = this.jdbc.sql("select verified_at is not null from identity_citizen where contact = ?")
			.param(normalized)
			.query(Boolean.class)
			.optional()
			.orElse(false);
		if (verified) {
			throw new DomainException(Kind.CONFLICT, "citizen-exists", normalized);
		}
		this.jdbc.sql("""
				insert into identity_citizen (id, contact, contact_kind, full_name, password_hash, created_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (contact) do update set full_name = excluded.full_name, password_hash = excluded.password_hash""")
			.params(UUID.randomUUID(), normalized, normalized.contains("@") ? "EMAIL" : "PHONE", fullName.strip(),
					this.encoder.encode(password), Timestamp.from(this.clock.instant()))
			.update();
		issueCode(normalized);
		return normalized;
	}

	/** Sends a new code to an account not yet verified (the old one stops working). */
	public void resendCode(String contact) {
		String normalized = normalize(contact);
		if (this.jdbc.sql("select count(*) from identity_citizen where contact = ? and verified_at is null")
			.param(normalized)
			.query(Integer.class)
			.single() == 1) {
			issueCode(normalized);
		}
	}

	/**
	 * @throws DomainException {@code code-invalid} for a wrong, expired or over-tried code, the
	 * same answer for all three.
	 */
	public void verify(String contact, String code) {
		String normalized = normalize(contact);
		Instant now = this.clock.instant();
		Optional<String> hash = this.jdbc.sql("""
				update identity_otp set attempts = attempts + 1 where contact = ? and expires_at > ? and attempts < ?
				returning code_hash""")
			.params(normalized, Timestamp.from(now), CODE_TRIES)
			.query(String.class)
			.optional();
		if (hash.isEmpty() || !this.encoder.matches(code.strip(), hash.get())) {
			throw new DomainException(Kind.INVALID, "code-invalid");
		}
		this.jdbc.sql("delete from identity_otp where contact = ?").param(normalized).update();
		this.jdbc.sql("update identity_citizen set verified_at = ? where contact = ? and verified_at is null")
			.params(Timestamp.from(now), normalized)
			.update();
	}

	/** @return the verified account for the login, if any. */
	@Transactional(readOnly = true)
	public Optional<CitizenPrincipal> forLogin(String contact) {
		String normalized;
		try {
			normalized = normalize(contact);
		}
		catch (DomainException ex) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select id, contact, full_name, password_hash from identity_citizen where contact = ? and verified_at is not null""")
			.param(normalized)
			.query((rs, n) -> new CitizenPrincipal(rs.getObject("id", UUID.class), rs.getString("contact"),
					rs.getString("full_name"), rs.getString("password_hash")))
			.optional();
	}

	/**
	 * The account of a person the identity provider vouched for: found by the provider's subject,
	 * else linked to the account of the same verified e-mail address or phone number, else created
	 * (verified, with a password nobody knows: that person logs in through the provider).
	 * @param subject the provider's issuer and subject, e.g. {@code https://sso.example.vn|0123}.
	 * @param contact the verified e-mail address or phone number the provider gave.
	 * @throws DomainException {@code contact-invalid} when the provider gave no usable contact.
	 */
	public CitizenPrincipal fromIdentityProvider(String subject, String contact, String fullName) {
		String normalized = normalize(contact);
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into identity_citizen (id, contact, contact_kind, full_name, password_hash, created_at, verified_at,
				  idp_subject)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (contact) do update set idp_subject = excluded.idp_subject,
				  verified_at = coalesce(identity_citizen.verified_at, excluded.verified_at)
				where identity_citizen.idp_subject is null or identity_citizen.idp_subject = excluded.idp_subject""")
			.params(UUID.randomUUID(), normalized, normalized.contains("@") ? "EMAIL" : "PHONE", fullName.strip(),
					this.encoder.encode(UUID.randomUUID() + "" + RANDOM.nextLong()), now, now, subject)
			.update();
		return this.jdbc.sql("select id, contact, full_name, password_hash from identity_citizen where idp_subject = ?")
			.param(subject)
			.query((rs, n) -> new CitizenPrincipal(rs.getObject("id", UUID.class), rs.getString("contact"),
					rs.getString("full_name"), rs.getString("password_hash")))
			.optional()
			.orElseThrow(() -> new DomainException(Kind.CONFLICT, "citizen-linked-elsewhere", normalized));
	}

	/**
	 * A verified account without the code round trip, for the demo: the contact must be valid; an
	 * existing account is left alone.
	 */
	void registerVerified(String contact, String fullName, String password) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				insert into identity_citizen (id, contact, contact_kind, full_name, password_hash, created_at, verified_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (contact) do nothing""")
			.params(UUID.randomUUID(), normalize(contact), contact.contains("@") ? "EMAIL" : "PHONE", fullName,
					this.encoder.encode(password), now, now)
			.update();
	}

	/**
	 * A phone number as its 10 digits (a leading +84 or 84 becomes 0); an e-mail address in lower case.
	 * @throws DomainException {@code contact-invalid}.
	 */
	public static String normalize(String contact) {
		String text = contact.strip();
		if (text.contains("@")) {
			String email = text.toLowerCase(Locale.ROOT);
			if (!EMAIL.matcher(email).matches() || email.length() > 120) {
				throw new DomainException(Kind.INVALID, "contact-invalid");
			}
			return email;
		}
		String digits = text.replaceAll("[\\s.()-]", "");
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("84") && digits.length() == 11) {
			digits = "0" + digits.substring(2);
		}
		if (!PHONE.matcher(digits).matches()) {
			throw new DomainException(Kind.INVALID, "contact-invalid");
		}
		return digits;
	}

	private void issueCode(String contact) {
		String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
		Instant now = this.clock.instant();
		Instant expires = now.plus(CODE_LIFETIME);
		this.jdbc.sql("""
				insert into identity_otp (contact, code_hash, expires_at, attempts) values (?, ?, ?, 0)
				on conflict (contact) do update set code_hash = excluded.code_hash, expires_at = excluded.expires_at, attempts = 0""")
			.params(contact, this.encoder.encode(code), Timestamp.from(expires))
			.update();
		this.events.publishEvent(new CitizenCodeIssued(contact, contact.contains("@"), code, now, expires));
	}

}
