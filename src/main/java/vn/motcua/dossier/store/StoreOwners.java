package vn.motcua.dossier.store;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.CitizenParticulars;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose data store a dossier's documents belong to. The store is the person's (Decree 45/2020
 * Art. 16): the account a dossier was filed from, or for a counter dossier the account an identity
 * provider vouched to have its applicant's personal identification number and name (a number a
 * citizen typed is never trusted for this; one mistyped at the counter finds no one else's store
 * unless the name matches too).
 */
@Service
@Transactional(readOnly = true)
class StoreOwners {

	private final JdbcClient jdbc;

	private final CitizenParticulars citizens;

	StoreOwners(JdbcClient jdbc, CitizenParticulars citizens) {
		this.jdbc = jdbc;
		this.citizens = citizens;
	}

	/** @return the account of the dossier's store; none for an applicant without one, or no such dossier. */
	Optional<UUID> of(UUID dossierId) {
		record Owner(@Nullable UUID citizen, @Nullable String idNumber, String name) {
		}
		return this.jdbc.sql("select citizen_id, applicant_id_number, applicant_name from dossier where id = ?")
			.param(dossierId)
			.query((rs, n) -> new Owner(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.optional()
			.flatMap(owner -> owner.citizen() != null ? Optional.of(owner.citizen())
					: owner.idNumber() == null ? Optional.empty()
					: this.citizens.accountVouchedFor(owner.idNumber(), owner.name()));
	}

}
