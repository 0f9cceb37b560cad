package vn.motcua.monitoring.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What happened in a period (received, resolved, withdrawn), summed from the rollups: whole
 * months from the monthly rollup, the days of cut months from the daily one; each part a plain
 * range on its table's key, so only the rows of the period are read.
 */
@Component
class RollupSums {

	/** One rollup table's rows of some units over a range of its days or months. */
	private static final String PART = """
			select %s as day, unit_id, procedure_code, received_online, received_direct, resolved_early,
			       resolved_on_time, resolved_late, withdrawn, resolved_seconds
			  from monitoring_%s where unit_id in (:units) and %s between :%s and :%s""";

	private static final String SUM = """
			select %s as k, sum(received_online), sum(received_direct), sum(resolved_early), sum(resolved_on_time),
			       sum(resolved_late), sum(withdrawn), sum(resolved_seconds)
			  from (%s) r
			 group by 1""";

	private final JdbcClient jdbc;

	RollupSums(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds the sums of {@code units} from {@code from} to {@code to}, grouped {@code by}, into {@code result}. */
	void addTo(Map<String, Tally> result, Collection<UUID> units, LocalDate from, LocalDate to, By by) {
		LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1);
		LocalDate lastMonthEnd = to.plusDays(1).getDayOfMonth() == 1 ? to : to.withDayOfMonth(1).minusDays(1);
		this.jdbc.sql(SUM.formatted(by.rollupKey, String.join(" union all ", parts(from, to, firstMonth, lastMonthEnd))))
			.param("units", units)
			.param("from", from)
			.param("to", to)
			.param("firstMonth", firstMonth)
			.param("lastMonthEnd", lastMonthEnd)
			.param("beforeFirstMonth", firstMonth.minusDays(1))
			.param("afterLastMonth", lastMonthEnd.plusDays(1))
			.query((rs, n) -> {
				Tally t = result.computeIfAbsent(rs.getString(1), k -> new Tally());
				t.online += rs.getLong(2);
				t.direct += rs.getLong(3);
				t.early += rs.getLong(4);
				t.onTime += rs.getLong(5);
				t.late += rs.getLong(6);
				t.withdrawn += rs.getLong(7);
				t.resolvedSeconds += rs.getLong(8);
				return t;
			})
			.list();
	}

	/** @return the rollup ranges that cover the period exactly, named by their parameters. */
	static List<String> parts(LocalDate from, LocalDate to, LocalDate firstMonth, LocalDate lastMonthEnd) {
		List<String> parts = new ArrayList<>();
		if (firstMonth.isAfter(lastMonthEnd)) {
			parts.add(PART.formatted("day", "daily", "day", "from", "to"));
			return parts;
		}
		parts.add(PART.formatted("month", "monthly", "month", "firstMonth", "lastMonthEnd"));
		if (from.isBefore(firstMonth)) {
			parts.add(PART.formatted("day", "daily", "day", "from", "beforeFirstMonth"));
		}
		if (to.isAfter(lastMonthEnd)) {
			parts.add(PART.formatted("day", "daily", "day", "afterLastMonth", "to"));
		}
		return parts;
	}

}
