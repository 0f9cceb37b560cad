package vn.motcua.identity.citizens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.identity.domain.Contacts;
import vn.motcua.identity.domain.OneTimeCode;
import vn.motcua.identity.domain.OneTimeCode.Sent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Citizen accounts ({@code identity_citizen}) and their one-time codes ({@code identity_otp}):
 * every write to them. Contacts are given normalized ({@link Contacts#normalize}).
 */
@Repository
class CitizenRepository {

	private static final String PRINCIPAL = "select id, contact, full_name, password_hash from identity_citizen";

	private final JdbcClient jdbc;

	CitizenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean isVerified(String contact) {
		return this.jdbc.sql("select verified_at is not null from identity_citizen where contact = ?")
			.param(contact)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	boolean awaitsVerification(String contact) {
		return this.jdbc.sql("select count(*) from identity_citizen where contact = ? and verified_at is null")
			.param(contact)
			.query(Integer.class)
			.single() == 1;
	}

	/** Registers an account to verify, or replaces the name and password of one not yet verified. */
	void register(String contact, String fullName, String passwordHash, Instant now) {
		this.jdbc.sql("""
				insert into identity_citizen (id, contact, contact_kind, full_name, password_hash, created_at)
				values (?, ?, ?, ?, ?, ?)
				on conflict (contact) do update set full_name = excluded.full_name, password_hash = excluded.password_hash""")
			.params(UUID.randomUUID(), contact, Contacts.kind(contact), fullName, passwordHash, Timestamp.from(now))
			.update();
	}

	/** Registers a verified account unless the contact has one. */
	void registerVerified(String contact, String fullName, String passwordHash, Instant now) {
		this.jdbc.sql("""
				insert into identity_citizen (id, contact, contact_kind, full_name, password_hash, created_at, verified_at)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (contact) do nothing""")
			.params(UUID.randomUUID(), contact, Contacts.kind(contact), fullName, passwordHash, Timestamp.from(now),
					Timestamp.from(now))
			.update();
	}

	/**
	 * The account of {@code contact}, created verified if there is none; one never verified gets this
	 * name and a password nobody knows (as when an identity provider vouches, below). @return its id.
	 */
	UUID claimVerified(String contact, String fullName, String passwordHash, Instant now) {
		return this.jdbc.sql("""
				insert into identity_citizen (id, contact, contact_kind, full_name, password_hash, created_at, verified_at)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (contact) do update set
				  password_hash = case when identity_citizen.verified_at is null then excluded.password_hash
				    else identity_citizen.password_hash end,
				  full_name = case when identity_citizen.verified_at is null then excluded.full_name
				    else identity_citizen.full_name end,
				  verified_at = coalesce(identity_citizen.verified_at, excluded.verified_at)
				returning id""")
			.params(UUID.randomUUID(), contact, Contacts.kind(contact), fullName, passwordHash, Timestamp.from(now),
					Timestamp.from(now))
			.query(UUID.class)
			.single();
	}

	/**
	 * Links the account of {@code contact} to an identity provider's {@code subject} (verifying
	 * it), or creates it verified; an account linked to another subject is left alone. An account
	 * never verified gets the provider's name and a password nobody knows: whoever registered the
	 * contact without proving it does not keep a way in to the account the provider vouched for.
	 */
	void linkIdentityProvider(String subject, String contact, String fullName, String passwordHash, Instant now) {
		this.jdbc.sql("""
				insert into identity_citizen (id, contact, contact_kind, full_name, password_hash, created_at, verified_at,
				  idp_subject)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (contact) do update set idp_subject = excluded.idp_subject,
				  password_hash = case when identity_citizen.verified_at is null then excluded.password_hash
				    else identity_citizen.password_hash end,
				  full_name = case when identity_citizen.verified_at is null then excluded.full_name
				    else identity_citizen.full_name end,
				  verified_at = coalesce(identity_citizen.verified_at, excluded.verified_at)
				where identity_citizen.idp_subject is null or identity_citizen.idp_subject = excluded.idp_subject""")
			.params(UUID.randomUUID(), contact, Contacts.kind(contact), fullName, passwordHash, Timestamp.from(now),
					Timestamp.from(now), subject)
			.update();
	}

	/** Keeps what the provider vouched for at this login; what it did not give stays as it was. */
	void vouch(String subject, @Nullable String fullName, @Nullable String idNumber, @Nullable LocalDate birthDate,
			@Nullable String address, String issuer, Instant at) {
		this.jdbc.sql("""
				update identity_citizen set vouched_name = coalesce(?, vouched_name), id_number = coalesce(?, id_number),
				  birth_date = coalesce(?, birth_date), address = coalesce(?, address), vouched_by = ?, vouched_at = ?
				 where idp_subject = ?""")
			.params(fullName, idNumber, birthDate, address, issuer, Timestamp.from(at), subject)
			.update();
	}

	void markVerified(String contact, Instant at) {
		this.jdbc.sql("update identity_citizen set verified_at = ? where contact = ? and verified_at is null")
			.params(Timestamp.from(at), contact)
			.update();
	}

	Optional<CitizenPrincipal> findVerified(String contact) {
		return this.jdbc.sql(PRINCIPAL + " where contact = ? and verified_at is not null")
			.param(contact)
			.query((rs, n) -> principal(rs))
			.optional();
	}

	Optional<CitizenPrincipal> findBySubject(String subject) {
		return this.jdbc.sql(PRINCIPAL + " where idp_subject = ?").param(subject).query((rs, n) -> principal(rs)).optional();
	}

	/** @return the codes sent to {@code contact} lately, its row locked until the transaction ends. */
	Optional<Sent> sent(String contact) {
		return this.jdbc.sql("select last_sent_at, day_started_at, sent_today from identity_otp where contact = ? for update")
			.param(contact)
			.query((rs, n) -> new Sent(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(), rs.getInt(3)))
			.optional();
	}

	/** Keeps the hash of a new code for {@code contact}; the old one stops working. */
	void saveCode(String contact, String codeHash, Instant expiresAt, Sent sent) {
		this.jdbc.sql("""
				insert into identity_otp (contact, code_hash, expires_at, attempts, last_sent_at, day_started_at, sent_today)
				values (?, ?, ?, 0, ?, ?, ?)
				on conflict (contact) do update set code_hash = excluded.code_hash, expires_at = excluded.expires_at,
				  attempts = 0, last_sent_at = excluded.last_sent_at, day_started_at = excluded.day_started_at,
				  sent_today = excluded.sent_today""")
			.params(contact, codeHash, Timestamp.from(expiresAt), Timestamp.from(sent.lastAt()),
					Timestamp.from(sent.dayStartedAt()), sent.count())
			.update();
	}

	/** @return the hash of the code to check, counting the try; empty when expired or tried {@link OneTimeCode#TRIES} times. */
	Optional<String> tryCode(String contact, Instant now) {
		return this.jdbc.sql("""
				update identity_otp set attempts = attempts + 1 where contact = ? and expires_at > ? and attempts < ?
				returning code_hash""")
			.params(contact, Timestamp.from(now), OneTimeCode.TRIES)
			.query(String.class)
			.optional();
	}

	void changePassword(String contact, String passwordHash) {
		this.jdbc.sql("update identity_citizen set password_hash = ? where contact = ? and verified_at is not null")
			.params(passwordHash, contact)
			.update();
	}

	void deleteCode(String contact) {
		this.jdbc.sql("delete from identity_otp where contact = ?").param(contact).update();
	}

	private static CitizenPrincipal principal(ResultSet rs) throws SQLException {
		return new CitizenPrincipal(rs.getObject("id", UUID.class), rs.getString("contact"), rs.getString("full_name"),
				rs.getString("password_hash"));
	}

}
