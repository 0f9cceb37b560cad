package vn.motcua.monitoring.statistics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.shared.Vietnam;

/**
 * The figures of some units for a period, grouped. Received and resolved come from the rollups;
 * carried over is what was open when the period began; pending is what is open when it ends, or
 * now if it has not ended. Runs inside the caller's (read-only) transaction.
 */
@Component
class Tallies {

	private final JdbcClient jdbc;

	private final RollupSums rollups;

	private final OpenDossiers open;

	private final Clock clock;

	Tallies(JdbcClient jdbc, RollupSums rollups, OpenDossiers open, Clock clock) {
		this.jdbc = jdbc;
		this.rollups = rollups;
		this.open = open;
		this.clock = clock;
	}

	Map<String, Tally> of(Collection<UUID> units, LocalDate from, LocalDate to, By by) {
		Map<String, Tally> result = new HashMap<>();
		if (units.isEmpty()) {
			return result;
		}
		customPlans();
		this.rollups.addTo(result, units, from, to, by);
		if (by.factKey == null) {
			return result;
		}
		Instant now = this.clock.instant();
		Instant start = from.atStartOfDay(Vietnam.ZONE).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(Vietnam.ZONE).toInstant();
		if (start.isBefore(now)) {
			this.open.at(units, start, false, by.factKey)
				.forEach((k, counts) -> result.computeIfAbsent(k, x -> new Tally()).carriedOver += counts[0]);
		}
		this.open.at(units, end.isBefore(now) ? end : now, !end.isBefore(now), by.factKey).forEach((k, counts) -> {
			Tally t = result.computeIfAbsent(k, x -> new Tally());
			t.pending += counts[0];
			t.overdue += counts[1];
		});
		return result;
	}

	/**
	 * Plans the statistics queries with their actual dates and units for the rest of the
	 * transaction. After five runs of a prepared statement PostgreSQL may switch to a generic plan
	 * that ignores the values; for «open at this moment» and period ranges that plan reads far more
	 * (measured on a million dossiers, a year of 200 units: 184 ms instead of 112 ms).
	 */
	private void customPlans() {
		this.jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query().singleValue();
	}

}
