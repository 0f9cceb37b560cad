package vn.motcua.dossier.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import vn.motcua.identity.CitizenParticulars;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose account a dossier belongs to: the account it was filed from, or for a counter dossier the
 * account an identity provider vouched to have its applicant's personal identification number and
 * name (a number a citizen typed is never trusted for this; one mistyped at the counter finds no one
 * else's account unless the name matches too). The dossier's documents go into that account's data
 * store, which is the person's (Decree 45/2020 Art. 16); «Hồ sơ của tôi» lists the dossier there, and
 * a fee the desk asks of it is paid from there.
 */
@Service
@Transactional(readOnly = true)
public class StoreOwners {

	private static final String DOSSIERS = "select code, citizen_id, applicant_id_number, applicant_name from dossier where ";

	private final JdbcClient jdbc;

	private final CitizenParticulars citizens;

	StoreOwners(JdbcClient jdbc, CitizenParticulars citizens) {
		this.jdbc = jdbc;
		this.citizens = citizens;
	}

	/** @return the account of the dossier; none for an applicant without one, or no such dossier. */
	public Optional<UUID> of(UUID dossierId) {
		return owner("id = ?", dossierId);
	}

	/** @return the account of the dossier {@code code}; none for an applicant without one, or no such code. */
	public Optional<UUID> ofCode(String code) {
		return owner("code = ?", code.strip());
	}

	/**
	 * @param filedFrom the account the dossier was filed from; {@literal null} for one received at the counter.
	 * @return the account of a dossier of the applicant with {@code idNumber} and {@code name}.
	 */
	public Optional<UUID> of(@Nullable UUID filedFrom, @Nullable String idNumber, String name) {
		if (filedFrom != null) {
			return Optional.of(filedFrom);
		}
		return idNumber == null ? Optional.empty() : this.citizens.accountVouchedFor(idNumber, name);
	}

	/** @return whether the dossier is {@code citizenId}'s by {@link #of(UUID, String, String)}. */
	public boolean belongs(UUID citizenId, @Nullable UUID filedFrom, @Nullable String idNumber, String name) {
		return of(filedFrom, idNumber, name).filter(citizenId::equals).isPresent();
	}

	/** @return those of the dossiers {@code codes} that are {@code citizenId}'s, which «Hồ sơ của tôi» shows. */
	public Set<String> belonging(UUID citizenId, Collection<String> codes) {
		return this.jdbc.sql(DOSSIERS + "code = any(?)")
			.param(codes.toArray(String[]::new))
			.query(Dossier::of)
			.stream()
			.filter(d -> belongs(citizenId, d.filedFrom(), d.idNumber(), d.name()))
			.map(Dossier::code)
			.collect(Collectors.toSet());
	}

	private Optional<UUID> owner(String where, Object key) {
		return this.jdbc.sql(DOSSIERS + where)
			.param(key)
			.query(Dossier::of)
			.optional()
			.flatMap(d -> of(d.filedFrom(), d.idNumber(), d.name()));
	}

	/** What decides whose a dossier is. */
	private record Dossier(String code, @Nullable UUID filedFrom, @Nullable String idNumber, String name) {

		static Dossier of(ResultSet rs, int row) throws SQLException {
			return new Dossier(Objects.requireNonNull(rs.getString(1)), rs.getObject(2, UUID.class), rs.getString(3),
					Objects.requireNonNull(rs.getString(4)));
		}

	}

}
