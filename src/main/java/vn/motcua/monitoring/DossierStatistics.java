package vn.motcua.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.SqlTimes;
import vn.motcua.shared.Vietnam;

/**
 * On-time statistics for leaders: the II.06a figures of a unit (alone or with its sub-units) for a
 * period, broken down by sub-unit, procedure, field and month, and the dossiers behind each number.
 * What happened in the period is summed from the rollups; what was open at its start (carried over)
 * and at its end (pending, overdue) is counted on the dossiers' open-interval index, which touches
 * only the dossiers open at that moment. Every question is checked against the official's scope.
 */
@Service
@Transactional(readOnly = true)
public class DossierStatistics {

	/** The longest period one question may span. */
	public static final int MAX_YEARS = 5;

	/**
	 * Overdue at {@code :at}: past the due moment and not waiting on the applicant then. The due
	 * moment is the dossier's latest: a clock stop after {@code :at} that moved it is not undone.
	 */
	private static final String OVERDUE = "due_at < :at and not exists (select 1 from dossier_clock_stop_fact c"
			+ " where c.dossier_id = id and c.stopped_at <= :at and (c.resumed_at is null or c.resumed_at > :at))";

	/** One rollup table's rows of some units over a range of its days or months. */
	private static final String ROLLUP_PART = """
			select %s as day, unit_id, procedure_code, received_online, received_direct, resolved_early,
			       resolved_on_time, resolved_late, withdrawn, resolved_seconds
			  from monitoring_%s where unit_id in (:units) and %s between :%s and :%s""";

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	private final CatalogueManagement catalogue;

	private final Clock clock;

	DossierStatistics(JdbcClient jdbc, OrganizationManagement organization, CatalogueManagement catalogue, Clock clock) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** How figures are grouped: the SQL key on the rollups and on the dossier facts. */
	enum By {

		TOTAL("''", "''"), UNIT("unit_id::text", "unit_id::text"), PROCEDURE("procedure_code", "procedure_code"),
		UNIT_AND_PROCEDURE("unit_id::text || ' ' || procedure_code", "unit_id::text || ' ' || procedure_code"),
		MONTH("to_char(day, 'YYYY-MM')", null);

		final String rollupKey;

		final @Nullable String factKey;

		By(String rollupKey, @Nullable String factKey) {
			this.rollupKey = rollupKey;
			this.factKey = factKey;
		}

	}

	/**
	 * Which units a question covers: the unit asked for, and with {@code includeSubUnits} the units
	 * below it (and those it was formed from).
	 */
	public record Selection(UnitView unit, Set<UUID> unitIds, boolean includeSubUnits, LocalDate from, LocalDate to) {

		/** @return the first moment of the period in Vietnam. */
		public OffsetDateTime start() {
			return this.from.atStartOfDay(Vietnam.ZONE).toOffsetDateTime();
		}

		/** @return the first moment after the period. */
		public OffsetDateTime end() {
			return this.to.plusDays(1).atStartOfDay(Vietnam.ZONE).toOffsetDateTime();
		}

	}

	/**
	 * @throws DomainException {@code unit-not-found}, {@code forbidden} outside the official's scope,
	 * {@code period-invalid} when {@code from} is after {@code to}, {@code period-too-long}.
	 */
	public Selection select(Actor actor, String unitCode, LocalDate from, LocalDate to, boolean includeSubUnits) {
		if (from.isAfter(to)) {
			throw new DomainException(Kind.INVALID, "period-invalid", from, to);
		}
		if (from.plusYears(MAX_YEARS).isBefore(to)) {
			throw new DomainException(Kind.INVALID, "period-too-long", MAX_YEARS);
		}
		UnitView unit = this.organization.unitOn(unitCode, to)
			.or(() -> this.organization.unitOn(unitCode, from))
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "unit-not-found", unitCode));
		if (!this.organization.scopeOf(actor).contains(unit.id())) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		Set<UUID> ids = includeSubUnits ? this.organization.unitAndBelow(unit.id()) : Set.of(unit.id());
		return new Selection(unit, ids, includeSubUnits, from, to);
	}

	/**
	 * The public board's question: unit figures are public (Decree 61/2018 asks them published),
	 * so no scope applies; only aggregates and dossier codes leave this way.
	 * @throws DomainException {@code unit-not-found}, {@code period-invalid}, {@code period-too-long}.
	 */
	public Selection selectPublic(String unitCode, LocalDate from, LocalDate to) {
		return select(Actor.system(), unitCode, from, to, true);
	}

	/** @return the code of the top unit in force today (the province), or blank when there is none. */
	public String topUnitCode() {
		return this.organization.topUnitOn(today()).map(UnitView::code).orElse("");
	}

	/** @return the II.06a figures of the selection. */
	public DossierCounts counts(Selection s) {
		return tallies(s.unitIds(), s.from(), s.to(), By.TOTAL).getOrDefault("", new Tally()).counts();
	}

	/** A line of a breakdown: a sub-unit, a procedure, a field or a month. */
	public record Line(String key, String label, @Nullable String detail, DossierCounts counts) {
	}

	/**
	 * @return one line per unit directly below the selected one (with everything below it), and
	 * one for the selected unit's own agencies when they have figures; ranked by on-time rate.
	 */
	public List<Line> bySubUnit(Selection s) {
		return bySubUnit(s, tallies(s.unitIds(), s.from(), s.to(), By.UNIT));
	}

	private List<Line> bySubUnit(Selection s, Map<String, Tally> perUnit) {
		Map<String, Tally> buckets = new LinkedHashMap<>();
		Map<String, UnitView> labels = new HashMap<>();
		Map<String, String> bucketOf = new HashMap<>();
		LocalDate on = s.unit().validTo() != null && s.unit().validTo().isBefore(s.to()) ? s.unit().validTo() : s.to();
		for (UnitView child : this.organization.unitsOn(on, s.unit().code())) { // as the unit last stood in the period
			labels.put(child.code(), child);
			buckets.put(child.code(), new Tally());
			for (UUID id : this.organization.unitAndBelow(child.id())) {
				bucketOf.put(id.toString(), child.code());
			}
		}
		labels.put(s.unit().code(), s.unit());
		perUnit.forEach((unitId, tally) -> buckets
			.computeIfAbsent(bucketOf.getOrDefault(unitId, s.unit().code()), k -> new Tally())
			.add(tally));
		return buckets.entrySet()
			.stream()
			.filter(e -> labels.containsKey(e.getKey()))
			.map(e -> new Line(e.getKey(), labels.get(e.getKey()).name(), null, e.getValue().counts()))
			.sorted(RANKING)
			.toList();
	}

	/** Highest on-time rate first, then most resolved; units without results last. */
	static final Comparator<Line> RANKING = Comparator
		.comparing((Line l) -> l.counts().onTimeRate(), Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(l -> -l.counts().resolved().total())
		.thenComparing(Line::label);

	/** @return one line per procedure with figures, by field and name; the detail is the field. */
	public List<Line> byProcedure(Selection s) {
		return byProcedure(tallies(s.unitIds(), s.from(), s.to(), By.PROCEDURE), procedures(s.to()));
	}

	private static List<Line> byProcedure(Map<String, Tally> perProcedure,
			Map<String, ProcedureView> procedures) {
		return perProcedure.entrySet()
			.stream()
			.map(e -> {
				ProcedureView p = procedures.get(e.getKey());
				return new Line(e.getKey(), p == null ? e.getKey() : p.name(), fieldOf(p), e.getValue().counts());
			})
			.sorted(Comparator.comparing((Line l) -> l.detail()).thenComparing(Line::label))
			.toList();
	}

	/** @return one line per field (lĩnh vực) with figures, by name: the rows of report II.06a. */
	public List<Line> byField(Selection s) {
		return byField(tallies(s.unitIds(), s.from(), s.to(), By.PROCEDURE), procedures(s.to()));
	}

	private static List<Line> byField(Map<String, Tally> perProcedure, Map<String, ProcedureView> procedures) {
		Map<String, Tally> fields = new TreeMap<>();
		perProcedure
			.forEach((code, tally) -> fields.computeIfAbsent(fieldOf(procedures.get(code)), k -> new Tally()).add(tally));
		return fields.entrySet().stream().map(e -> new Line(e.getKey(), e.getKey(), null, e.getValue().counts())).toList();
	}

	/** Everything the dashboard shows, from two questions to the rollups (by unit and procedure, by month). */
	public record Dashboard(DossierCounts counts, List<Line> subUnits, List<Line> fields, List<Line> procedures,
			List<Line> months) {
	}

	public Dashboard dashboard(Selection s) {
		Map<String, Tally> perUnit = new HashMap<>();
		Map<String, Tally> perProcedure = new HashMap<>();
		Tally total = new Tally();
		tallies(s.unitIds(), s.from(), s.to(), By.UNIT_AND_PROCEDURE).forEach((key, tally) -> {
			int space = key.indexOf(' ');
			perUnit.computeIfAbsent(key.substring(0, space), k -> new Tally()).add(tally);
			perProcedure.computeIfAbsent(key.substring(space + 1), k -> new Tally()).add(tally);
			total.add(tally);
		});
		Map<String, ProcedureView> procedures = procedures(s.to());
		return new Dashboard(total.counts(), bySubUnit(s, perUnit), byField(perProcedure, procedures),
				byProcedure(perProcedure, procedures), byMonth(s));
	}

	/** @return received and resolved per month of the period up to today (pending is not split by month). */
	public List<Line> byMonth(Selection s) {
		Map<String, Tally> months = tallies(s.unitIds(), s.from(), s.to(), By.MONTH);
		List<Line> lines = new ArrayList<>();
		LocalDate last = s.to().isAfter(today()) ? today() : s.to();
		for (LocalDate m = s.from().withDayOfMonth(1); !m.isAfter(last); m = m.plusMonths(1)) {
			String key = "%04d-%02d".formatted(m.getYear(), m.getMonthValue());
			lines.add(new Line(key, "%02d/%04d".formatted(m.getMonthValue(), m.getYear()), null,
					months.getOrDefault(key, new Tally()).counts()));
		}
		return lines;
	}

	private Map<String, ProcedureView> procedures(LocalDate date) {
		Map<String, ProcedureView> byCode = new HashMap<>();
		this.catalogue.search(null, date).forEach(p -> byCode.put(p.code(), p));
		return byCode;
	}

	private static String fieldOf(@Nullable ProcedureView procedure) {
		return procedure == null ? "—" : procedure.field();
	}

	/**
	 * The figures of some units for a period, grouped. Received and resolved come from the rollups;
	 * carried over is what was open when the period began; pending is what is open when it ends,
	 * or now if it has not ended.
	 */
	Map<String, Tally> tallies(Collection<UUID> units, LocalDate from, LocalDate to, By by) {
		Map<String, Tally> result = new HashMap<>();
		if (units.isEmpty()) {
			return result;
		}
		customPlans(this.jdbc);
		// whole months from the monthly rollup, the days of cut months from the daily one; each part
		// a plain range on its table's key, so only the rows of the period are read
		LocalDate firstMonth = from.getDayOfMonth() == 1 ? from : from.plusMonths(1).withDayOfMonth(1);
		LocalDate lastMonthEnd = to.plusDays(1).getDayOfMonth() == 1 ? to : to.withDayOfMonth(1).minusDays(1);
		List<String> parts = new ArrayList<>();
		if (firstMonth.isAfter(lastMonthEnd)) {
			parts.add(ROLLUP_PART.formatted("day", "daily", "day", "from", "to"));
		}
		else {
			parts.add(ROLLUP_PART.formatted("month", "monthly", "month", "firstMonth", "lastMonthEnd"));
			if (from.isBefore(firstMonth)) {
				parts.add(ROLLUP_PART.formatted("day", "daily", "day", "from", "beforeFirstMonth"));
			}
			if (to.isAfter(lastMonthEnd)) {
				parts.add(ROLLUP_PART.formatted("day", "daily", "day", "afterLastMonth", "to"));
			}
		}
		this.jdbc.sql("""
				select %s as k, sum(received_online), sum(received_direct), sum(resolved_early), sum(resolved_on_time),
				       sum(resolved_late), sum(withdrawn), sum(resolved_seconds)
				  from (%s) r
				 group by 1""".formatted(by.rollupKey, String.join(" union all ", parts)))
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
		if (by.factKey == null) {
			return result;
		}
		Instant now = this.clock.instant();
		Instant start = from.atStartOfDay(Vietnam.ZONE).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(Vietnam.ZONE).toInstant();
		if (start.isBefore(now)) {
			open(units, start, by.factKey).forEach((k, counts) -> result.computeIfAbsent(k, x -> new Tally()).carriedOver += counts[0]);
		}
		Instant at = end.isBefore(now) ? end : now;
		open(units, at, by.factKey).forEach((k, counts) -> {
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
	static void customPlans(JdbcClient jdbc) {
		jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true)").query().singleValue();
	}

	/** @return per key, the dossiers open at {@code at} and how many of them were overdue. */
	private Map<String, long[]> open(Collection<UUID> units, Instant at, String key) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				select %s as k, count(*), count(*) filter (where %s)
				  from dossier_fact
				 where tstzrange(received_at, ended_at) @> cast(:at as timestamptz) and received_at < :at
				   and unit_id in (:units)
				 group by 1""".formatted(key, OVERDUE))
			.param("at", OffsetDateTime.ofInstant(at, Vietnam.ZONE))
			.param("units", units)
			.query((rs, n) -> counts.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3) }))
			.list();
		return counts;
	}

	/** The figure of report II.06a a list of dossiers stands behind. */
	public enum Category {

		RECEIVED, ONLINE, DIRECT, CARRIED_OVER, RESOLVED, EARLY, ON_TIME, LATE, PENDING, WITHIN_TIME, OVERDUE, WITHDRAWN

	}

	/** A dossier behind a number. */
	public record Item(String code, String procedureName, String applicantName, OffsetDateTime receivedAt,
			@Nullable OffsetDateTime dueAt, @Nullable OffsetDateTime endedAt, String status, @Nullable String timeliness,
			@Nullable String apologyNote) {
	}

	/** Items of a drill-down page. */
	public static final int PAGE_SIZE = 50;

	/**
	 * @param procedureCode only this procedure's dossiers, or {@literal null} for all.
	 * @return one page of the dossiers counted in {@code category}, newest receipt first.
	 */
	public List<Item> dossiers(Selection s, Category category, @Nullable String procedureCode, int page) {
		Instant now = this.clock.instant();
		Instant end = s.end().toInstant();
		Instant at = end.isBefore(now) ? end : now;
		String resolvedIn = "result_at >= :start and result_at < :end";
		String openAt = "tstzrange(received_at, ended_at) @> cast(:at as timestamptz) and received_at < :at";
		String where = switch (category) {
			case RECEIVED -> "received_at >= :start and received_at < :end";
			case ONLINE -> "received_at >= :start and received_at < :end and channel = 'ONLINE'";
			case DIRECT -> "received_at >= :start and received_at < :end and channel <> 'ONLINE'";
			case CARRIED_OVER -> openAt.replace(":at", ":start");
			case RESOLVED -> resolvedIn;
			case EARLY, ON_TIME, LATE -> resolvedIn + " and timeliness = '" + category.name() + "'";
			case PENDING -> openAt;
			case WITHIN_TIME -> openAt + " and not (" + OVERDUE + ")";
			case OVERDUE -> openAt + " and " + OVERDUE;
			case WITHDRAWN -> "status = 'WITHDRAWN' and closed_at >= :start and closed_at < :end";
		};
		return this.jdbc.sql("""
				select code, procedure_name, applicant_name, received_at, due_at, ended_at, status, timeliness, apology_note
				  from dossier_fact
				 where unit_id in (:units) and (cast(:procedure as varchar) is null or procedure_code = :procedure) and %s
				 order by received_at desc, code
				 limit :limit offset :offset""".formatted(where))
			.param("units", s.unitIds())
			.param("procedure", procedureCode)
			.param("start", s.start())
			.param("end", s.end())
			.param("at", OffsetDateTime.ofInstant(at, Vietnam.ZONE))
			.param("limit", PAGE_SIZE)
			.param("offset", Math.max(0, page) * PAGE_SIZE)
			.query(DossierStatistics::item)
			.list();
	}

	private static Item item(ResultSet rs, int n) throws SQLException {
		return new Item(rs.getString("code"), rs.getString("procedure_name"), rs.getString("applicant_name"),
				SqlTimes.at(rs, "received_at", Vietnam.ZONE), SqlTimes.at(rs, "due_at", Vietnam.ZONE),
				SqlTimes.at(rs, "ended_at", Vietnam.ZONE),
				rs.getString("status"), rs.getString("timeliness"), rs.getString("apology_note"));
	}

	/** @return today in Vietnam by the injected clock. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), Vietnam.ZONE);
	}

	/** @return the first day of the period that contains {@code day}: month, quarter or year. */
	public static LocalDate periodStart(LocalDate day, String period) {
		return switch (period) {
			case "quarter" -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
			case "year" -> day.withDayOfYear(1);
			default -> day.withDayOfMonth(1);
		};
	}

	/** @return the last day of the period starting on {@code start}. */
	public static LocalDate periodEnd(LocalDate start, String period) {
		return switch (period) {
			case "quarter" -> start.plusMonths(3).minusDays(1);
			case "year" -> start.plusYears(1).minusDays(1);
			default -> start.plusMonths(1).minusDays(1);
		};
	}

}
