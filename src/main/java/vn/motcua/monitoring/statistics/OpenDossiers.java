package vn.motcua.monitoring.statistics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.shared.Vietnam;

import static vn.motcua.dossier.DossierFact.DOSSIERS;

/**
 * What was open at a moment (carried over into a period, pending at its end), counted on the
 * dossiers' open-interval index, which touches only the dossiers open at that moment.
 */
@Component
class OpenDossiers {

	private static final String OPEN = """
			select %%s as k, count(*), count(*) filter (where %s)
			  from %s
			 where %%s and unit_id in (:units)
			 group by 1""".formatted(FactSql.OVERDUE, DOSSIERS.view());

	private final JdbcClient jdbc;

	OpenDossiers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param now whether {@code at} is the clock's instant, when one received at it is open too.
	 * @return per key, the dossiers open at {@code at} and how many of them were overdue.
	 */
	Map<String, long[]> at(Collection<UUID> units, Instant at, boolean now, String key) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc.sql(OPEN.formatted(key, FactSql.open(now)))
			.param("at", OffsetDateTime.ofInstant(at, Vietnam.ZONE))
			.param("units", units)
			.query((rs, n) -> counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) }))
			.list();
		return counts;
	}

}
