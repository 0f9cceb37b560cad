package vn.motcua.dossier.lookup;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.store.StoreOwners;
import vn.motcua.identity.CitizenParticulars;
import vn.motcua.shared.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dossiers that belong to a citizen's account, as «my dossiers» lists them: those filed from it,
 * and those received at the counter for the person an identity provider vouched the account to be
 * ({@link StoreOwners}).
 */
@Component
class AccountDossiers {

	private final JdbcClient jdbc;

	private final CitizenParticulars citizens;

	private final StoreOwners owners;

	private final ZoneId zone;

	AccountDossiers(JdbcClient jdbc, CitizenParticulars citizens, StoreOwners owners, Clock clock) {
		this.jdbc = jdbc;
		this.citizens = citizens;
		this.owners = owners;
		this.zone = clock.getZone();
	}

	/**
	 * A line of «my dossiers».
	 * @param atCounter whether it was received at the counter rather than filed from the account.
	 */
	record Line(String code, String procedureName, DossierStatus status, OffsetDateTime receivedAt,
			@Nullable OffsetDateTime appointment, boolean atCounter) {
	}

	/** @return the dossiers of a citizen's account, newest first. */
	List<Line> of(UUID citizenId) {
		record Row(Line line, @Nullable UUID filedFrom, @Nullable String idNumber, String name) {
		}
		@Nullable String vouchedNumber = this.citizens.of(citizenId).map(CitizenParticulars.Vouched::idNumber).orElse(null);
		String columns = """
				select code, procedure_name, status, received_at, coalesce(rescheduled_due_at, due_at) as appointment,
				  citizen_id, applicant_id_number, applicant_name from dossier""";
		// indexed look-ups: the account's own, and the counter's of the vouched number
		JdbcClient.StatementSpec statement = vouchedNumber == null
				? this.jdbc.sql(columns + " where citizen_id = ? order by received_at desc").param(citizenId)
				: this.jdbc.sql(columns + " where citizen_id = ? union all " + columns
						+ " where citizen_id is null and applicant_id_number = ? order by received_at desc")
					.params(citizenId, vouchedNumber);
		Map<String, Boolean> theirs = new HashMap<>(); // by the applicant's name: the number is the vouched one
		return statement.query((rs, n) -> {
			UUID filedFrom = rs.getObject("citizen_id", UUID.class);
			return new Row(new Line(rs.getString("code"), rs.getString("procedure_name"),
					DossierStatus.valueOf(rs.getString("status")),
					Objects.requireNonNull(SqlTimes.at(rs, "received_at", this.zone)),
					SqlTimes.at(rs, "appointment", this.zone), filedFrom == null), filedFrom,
					rs.getString("applicant_id_number"), Objects.requireNonNull(rs.getString("applicant_name")));
		})
			.stream()
			.filter(row -> row.filedFrom() != null || theirs.computeIfAbsent(row.name(),
					name -> this.owners.belongs(citizenId, null, row.idNumber(), name)))
			.map(Row::line)
			.toList();
	}

	/** @return the id of the dossier {@code code}, which exists. */
	UUID idOf(String code) {
		return this.jdbc.sql("select id from dossier where code = ?").param(code).query(UUID.class).single();
	}

}
