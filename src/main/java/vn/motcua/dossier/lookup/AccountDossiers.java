package vn.motcua.dossier.lookup;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.shared.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dossiers that belong to a citizen's account (those submitted online), as «my dossiers» lists them. */
@Component
class AccountDossiers {

	private final JdbcClient jdbc;

	private final ZoneId zone;

	AccountDossiers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	/** A line of «my dossiers». */
	record Line(String code, String procedureName, DossierStatus status, OffsetDateTime receivedAt,
			@Nullable OffsetDateTime appointment) {
	}

	/** @return the dossiers of a citizen's account, newest first. */
	List<Line> of(UUID citizenId) {
		return this.jdbc.sql("""
				select code, procedure_name, status, received_at, coalesce(rescheduled_due_at, due_at) as appointment
				from dossier where citizen_id = ? order by received_at desc""")
			.param(citizenId)
			.query((rs, n) -> new Line(rs.getString(1), rs.getString(2), DossierStatus.valueOf(rs.getString(3)),
					Objects.requireNonNull(SqlTimes.at(rs, "received_at", this.zone)),
					SqlTimes.at(rs, "appointment", this.zone)))
			.list();
	}

	/** @return the id of the dossier {@code code}, which exists. */
	UUID idOf(String code) {
		return this.jdbc.sql("select id from dossier where code = ?").param(code).query(UUID.class).single();
	}

}
