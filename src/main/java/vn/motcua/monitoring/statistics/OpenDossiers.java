package vn.motcua.monitoring.statistics;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.shared.Vietnam;

import static vn.motcua.dossier.DossierFact.DOSSIERS;

/**
 * What was open at a moment (carried over into a period, pending at its end), counted on the
 * dossiers' open-interval index, which touches only the dossiers open at that moment and carries
 * what the counts read (migration 20261205010000). The units are joined one by one: that index
 * cannot look up a list of units at once in a scan of the index alone, and would otherwise read
 * every unit's open dossiers to keep those of a district.
 */
@Component
class OpenDossiers {

	private static final String OPEN = """
			select %%s as k, count(*), %%s
			  from unnest(array[:units]) u (unit)
			  join %s d on d.unit_id = u.unit
			 where %%s
			 group by 1""".formatted(DOSSIERS.view());

	/**
	 * Overdue among the open ones: a question per dossier past its due moment (did its clock stand
	 * still then?), asked only where the figure is shown.
	 */
	private static final String OVERDUE = "count(*) filter (where %s)".formatted(FactSql.OVERDUE);

	private final JdbcClient jdbc;

	OpenDossiers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String sql(String key, boolean now, boolean overdue) {
		return OPEN.formatted(key, overdue ? OVERDUE : "0", FactSql.open(now));
	}

	/**
	 * @param now whether {@code at} is the clock's instant, when one received at it is open too.
	 * @param overdue whether the overdue ones are counted too (not for a period's carried over).
	 * @return per key, the dossiers open at {@code at} and how many of them were overdue (0 when
	 * not {@code overdue}).
	 */
	Map<String, long[]> at(Set<UUID> units, Instant at, boolean now, boolean overdue, String key) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc.sql(sql(key, now, overdue))
			.param("at", OffsetDateTime.ofInstant(at, Vietnam.ZONE))
			.param("units", units)
			.query((rs, n) -> counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) }))
			.list();
		return counts;
	}

}
