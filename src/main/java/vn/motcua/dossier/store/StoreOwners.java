package vn.motcua.dossier.store;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.CitizenParticulars;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose data store a dossier's documents belong to. The store is the person's (Decree 45/2020
 * Art. 16): the account a dossier was filed from, or for a counter dossier the accounts an identity
 * provider vouched to have its applicant's personal identification number (a number a citizen typed
 * is never trusted for this).
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

	/** @return the accounts of the dossier's store; none for an applicant without one, or no such dossier. */
	List<UUID> of(UUID dossierId) {
		record Owner(@Nullable UUID citizen, @Nullable String idNumber) {
		}
		return this.jdbc.sql("select citizen_id, applicant_id_number from dossier where id = ?")
			.param(dossierId)
			.query((rs, n) -> new Owner(rs.getObject(1, UUID.class), rs.getString(2)))
			.optional()
			.map(owner -> owner.citizen() != null ? List.of(owner.citizen())
					: owner.idNumber() == null ? List.<UUID>of() : this.citizens.accountsVouchedFor(owner.idNumber()))
			.orElse(List.of());
	}

}
