package vn.motcua.identity;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.citizens.CitizenLogins;
import vn.motcua.shared.TextFolding;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizen accounts as other modules see them: what an identity provider vouched for about a citizen
 * at their last login through it (OpenID Connect claims), which the online submission prefills and
 * does not ask again; an account by its contact.
 */
@Service
@Transactional(readOnly = true)
public class CitizenParticulars {

	private final JdbcClient jdbc;

	private final CitizenLogins logins;

	CitizenParticulars(JdbcClient jdbc, CitizenLogins logins) {
		this.jdbc = jdbc;
		this.logins = logins;
	}

	/**
	 * Particulars as vouched; each {@literal null} where the provider did not give it.
	 * @param provider the provider's issuer.
	 */
	public record Vouched(@Nullable String fullName, @Nullable String idNumber, @Nullable LocalDate birthDate,
			@Nullable String address, String provider) {
	}

	/** @return the account's vouched particulars, if it ever logged in through a provider that gave some. */
	public Optional<Vouched> of(UUID citizenId) {
		return this.jdbc.sql("""
				select vouched_name, id_number, birth_date, address, vouched_by from identity_citizen
				 where id = ? and vouched_by is not null""")
			.param(citizenId)
			.query((rs, n) -> new Vouched(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
					rs.getString(4), rs.getString(5)))
			.optional();
	}

	/**
	 * @return the account an identity provider vouched to be of the person with the personal
	 * identification number {@code idNumber} and the name {@code fullName} (diacritics, case and spaces
	 * aside), the one vouched for last if there are several: a number typed by the citizen is never
	 * trusted for this, and one mistyped at the counter finds no one else's account unless the name
	 * matches too.
	 */
	public Optional<UUID> accountVouchedFor(String idNumber, String fullName) {
		String name = TextFolding.fold(fullName);
		record Vouch(UUID id, @Nullable String name) {
		}
		return this.jdbc.sql("""
				select id, vouched_name from identity_citizen where id_number = ? and vouched_by is not null
				 order by vouched_at desc, id""")
			.param(idNumber)
			.query((rs, n) -> new Vouch(rs.getObject(1, UUID.class), rs.getString(2)))
			.stream()
			.filter(v -> v.name() != null && TextFolding.fold(v.name()).equals(name))
			.map(Vouch::id)
			.findFirst();
	}

	/** @return the verified account of the e-mail address or phone number {@code contact}, as stored. */
	public Optional<UUID> account(String contact) {
		return this.jdbc.sql("select id from identity_citizen where contact = ? and verified_at is not null")
			.param(contact)
			.query(UUID.class)
			.optional();
	}

	/**
	 * @return the account of a person who filed on the national public service portal (by the contact
	 * it gave), created verified if there is none.
	 * @throws vn.motcua.shared.DomainException {@code contact-invalid}.
	 */
	@Transactional
	public UUID accountForNationalFiling(String contact, String fullName) {
		return this.logins.forNationalFiling(contact, fullName);
	}

}
