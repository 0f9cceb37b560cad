package vn.motcua.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import vn.motcua.Http;
import vn.motcua.LoadHarness;
import vn.motcua.dossier.DossiersImported;
import vn.motcua.monitoring.statistics.Breakdowns;
import vn.motcua.monitoring.statistics.Category;
import vn.motcua.monitoring.statistics.DossierCounts;
import vn.motcua.monitoring.statistics.DrillDown;
import vn.motcua.monitoring.statistics.Questions;
import vn.motcua.monitoring.statistics.Selection;
import vn.motcua.organization.OrganizationChanged;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Vietnam;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load harness (not a test): generates a province-sized history — 200 units (10 districts with
 * 19 communes each), 1,000,000 dossiers received over three years up to the clock's today, on 20
 * procedures of the catalogue, 30 % online, with early, on-time and late results, refusals,
 * withdrawals and open dossiers (some long overdue) — rebuilds the rollups, then times a
 * district's dashboard for a year and report II.06a for a quarter, in process and over HTTP, and
 * the province's (all 200 units) as the heaviest case.
 * Prints load times and, per question, the median and 90th percentile of {@code ROUNDS} runs after
 * a warm-up.
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" vn.motcua.monitoring.StatsLoadBenchmark [dossiers]</pre>
 */
public final class StatsLoadBenchmark {

	private static final int UNITS = 200;

	private static final int DISTRICTS = 10;

	private static final int ROUNDS = 30;

	private static final String PASSWORD = "MotCua@2025";

	private StatsLoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		// the public board uncached: its work, not the minute's cache, is measured
		ConfigurableApplicationContext app = LoadHarness.start("--motcua.board.cache=0s");
		try {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			Questions questions = app.getBean(Questions.class);
			Breakdowns statistics = app.getBean(Breakdowns.class);
			LocalDate today = questions.today();
			long t0 = System.nanoTime();
			generate(jdbc, dossiers, today);
			forgetUnitTrees(app);
			long t1 = System.nanoTime();
			app.publishEvent(new DossiersImported(dossiers)); // the rollups are rebuilt from the dossiers
			long rows = jdbc.sql("select count(*) from monitoring_daily").query(Long.class).single();
			long t2 = System.nanoTime();
			jdbc.sql("vacuum analyze dossier").update();
			jdbc.sql("vacuum analyze monitoring_daily").update();
			jdbc.sql("vacuum analyze monitoring_monthly").update();
			long t3 = System.nanoTime();
			System.out.printf(Locale.ROOT, "%n%,d dossiers in %.1f s; rollups rebuilt (%,d daily rows, %,d monthly) in %.1f s;"
					+ " vacuum analyze %.1f s; total %.1f s%n", dossiers, (t1 - t0) / 1e9, rows,
					jdbc.sql("select count(*) from monitoring_monthly").query(Long.class).single(), (t2 - t1) / 1e9,
					(t3 - t2) / 1e9, (t3 - t0) / 1e9);

			int year = today.getYear() - 1;
			LocalDate q2 = LocalDate.of(year, 4, 1);
			Selection district = questions.select(Actor.system(), "T01", LocalDate.of(year, 1, 1),
					LocalDate.of(year, 12, 31), true);
			Selection quarter = questions.select(Actor.system(), "T01", q2, q2.plusMonths(3).minusDays(1), true);
			Selection province = questions.select(Actor.system(), "19", LocalDate.of(year, 1, 1),
					LocalDate.of(year, 12, 31), true);
			DossierCounts c = statistics.counts(district);
			System.out.println("District, year " + year + ": " + c);

			int port = LoadHarness.port(app);
			// the province's leader (today's era): statistics are his to read, not the administrator's
			Http api = Http.basic(port, "lanhdao.thainguyen", PASSWORD);
			Http pages = Http.session(port, "lanhdao.thainguyen", PASSWORD);
			String yearQuery = "unit=T01&from=" + year + "-01-01&to=" + year + "-12-31";
			String quarterQuery = "unit=T01&from=" + quarter.from() + "&to=" + quarter.to();
			time("service: II.06a figures, district, year", () -> statistics.counts(district));
			time("service: dashboard, district, year", () -> statistics.dashboard(district));
			time("service: II.06a by field, district, quarter", () -> statistics.byField(quarter));
			time("service: II.06a figures, province (200 units), year", () -> statistics.counts(province));
			time("service: dashboard, province (200 units), year", () -> statistics.dashboard(province));
			// a figure's first page of dossiers, newest receipt first: the province's and a district's
			DrillDown drillDown = app.getBean(DrillDown.class);
			time("service: drill-down, province, year, received", () -> drillDown.dossiers(province, Category.RECEIVED, null, 0));
			time("service: drill-down, province, year, late", () -> drillDown.dossiers(province, Category.LATE, null, 0));
			time("service: drill-down, district, year, resolved", () -> drillDown.dossiers(district, Category.RESOLVED, null, 0));
			time("HTTP API: /api/v1/stats/dossiers, district, year",
					() -> ok(api.get("/api/v1/stats/dossiers?includeSubUnits=true&" + yearQuery)));
			time("HTTP page: dashboard, district, year",
					() -> ok(pages.get("/quan-tri/thong-ke?period=year&unit=T01&day=" + year + "-06-01")));
			time("HTTP Excel: II.06a by field, district, quarter",
					() -> ok(pages.getBytes("/quan-tri/thong-ke/bao-cao/ii06a-linh-vuc.xlsx?" + quarterQuery)));
			time("HTTP PDF: II.06a by unit, district, quarter",
					() -> ok(pages.getBytes("/quan-tri/thong-ke/bao-cao/ii06a-don-vi.pdf?" + quarterQuery)));
			Http anonymous = Http.anonymous(port);
			String month = year + "-06";
			time("HTTP public board (JSON), district, a month, uncached",
					() -> ok(anonymous.get("/api/v1/public/board?unit=T01&month=" + month)));
			time("HTTP public board (JSON), province, a month, uncached",
					() -> ok(anonymous.get("/api/v1/public/board?unit=19&month=" + month)));
			time("HTTP page: dashboard, province (200 units), year",
					() -> ok(pages.get("/quan-tri/thong-ke?period=year&unit=19&day=" + year + "-06-01")));
		}
		finally {
			app.close();
		}
	}

	/**
	 * The units were inserted in SQL, behind the organisation module: what it kept of them (unit trees,
	 * a minute) would leave them out of the province's scope.
	 */
	static void forgetUnitTrees(ConfigurableApplicationContext app) {
		OrganizationChanged.publish(app);
	}

	private static Object ok(Object response) {
		int status = response instanceof Http.Response r ? r.status() : ((Http.Bytes) response).status();
		if (status != 200) {
			throw new IllegalStateException("status " + status);
		}
		return response;
	}

	private static void time(String what, Callable<?> question) throws Exception {
		for (int i = 0; i < 10; i++) {
			question.call();
		}
		List<Double> millis = new ArrayList<>();
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			question.call();
			millis.add((System.nanoTime() - start) / 1e6);
		}
		Collections.sort(millis);
		System.out.printf(Locale.ROOT, "%-52s p50 %7.1f ms   p90 %7.1f ms   min %7.1f ms%n", what,
				millis.get(ROUNDS / 2), millis.get(ROUNDS * 9 / 10), millis.get(0));
	}

	/** 200 units and {@code count} dossiers over the three years before {@code today}, in SQL. */
	static void generate(JdbcClient jdbc, int count, LocalDate today) {
		// 10 districts of the demo province, each with 19 communes: 200 units that receive dossiers
		jdbc.sql("""
				insert into organization_unit (id, code, name, type, parent_id, version)
				select gen_random_uuid(), 'T' || lpad(n::text, 2, '0'), 'Huyện Thử Tải ' || n, 'DISTRICT', p.id, 0
				  from generate_series(1, :districts) n, organization_unit p where p.code = '19'""")
			.param("districts", DISTRICTS)
			.update();
		jdbc.sql("""
				insert into organization_unit (id, code, name, type, parent_id, version)
				select gen_random_uuid(), d.code || lpad(n::text, 2, '0'), 'Xã Thử Tải ' || d.code || '.' || n, 'COMMUNE', d.id, 0
				  from generate_series(1, :communes) n, organization_unit d where d.code ~ '^T[0-9]{2}$'""")
			.param("communes", UNITS / DISTRICTS - 1)
			.update();
		jdbc.sql("""
				create temp table bench_unit as
				select id, (row_number() over (order by code) - 1)::int as n from organization_unit
				 where code like 'T%'""")
			.update();
		jdbc.sql("""
				create temp table bench_procedure as
				select id, code, name, time_limit, (row_number() over (order by code) - 1)::int as n
				  from (select distinct on (code) id, code, name, greatest(time_limit, 1) as time_limit
				          from catalogue_procedure order by code, effective_from desc) p
				 order by code limit 20""").update();
		// generated dossiers are nobody's act: loaded as a restore or a migration from an earlier system
		// would load them, without an audit entry per row (-Dbench.audited=true keeps the trigger on)
		boolean audited = Boolean.getBoolean("bench.audited");
		if (!audited) {
			jdbc.sql("alter table dossier disable trigger dossier_audit").update();
		}
		try {
			insertDossiers(jdbc, count, today);
		}
		finally {
			if (!audited) {
				jdbc.sql("alter table dossier enable trigger dossier_audit").update();
			}
		}
	}

	private static void insertDossiers(JdbcClient jdbc, int count, LocalDate today) {
		// r1..r4: independent uniform draws per dossier; the procedure skewed towards the first ones.
		// Inserted in the order they were received, as a province's table fills. Grown in random order,
		// the open-interval index made counting a district's dossiers open at the start of a year touch
		// 4.6 times as many buffers (1,981 against 429 at 5,000,000) and take 1.4 times as long.
		jdbc.sql("""
				insert into dossier (id, code, procedure_id, procedure_code, procedure_name, agency_id, agency_code, unit_id,
				  channel, applicant_name, applicant_phone, status, received_at, count_from, due_at, time_limit, time_unit,
				  rule_version, clock_stop_mode, resolved_at, timeliness, closed_at, lookup_secret, received_by, version)
				select gen_random_uuid(), 'TT-' || g.i, p.id, p.code, p.name, u.id, 'TT.' || u.n, u.id,
				       case when g.r2 < 0.3 then 'ONLINE' when g.r2 < 0.35 then 'POSTAL' else 'DIRECT' end,
				       'Người Thử Tải ' || g.i, '0912' || lpad((g.i % 1000000)::text, 6, '0'),
				       case when g.outcome = 'OPEN' then 'IN_PROGRESS' when g.outcome = 'WITHDRAWN' then 'WITHDRAWN'
				            when g.outcome = 'REFUSED' then 'REFUSED' else 'RESULT_RETURNED' end,
				       g.received, g.received, g.received + make_interval(days => p.time_limit), p.time_limit, 'WORKING_DAYS',
				       'DECREE_118_2025', 'PAUSE',
				       case when g.outcome = 'RESOLVED' then g.received + make_interval(secs => p.time_limit * 86400 * g.r4 * 1.25) end,
				       case when g.outcome = 'RESOLVED' then
				              case when (g.received + make_interval(secs => p.time_limit * 86400 * g.r4 * 1.25))::date
				                        < (g.received + make_interval(days => p.time_limit))::date then 'EARLY'
				                   when g.received + make_interval(secs => p.time_limit * 86400 * g.r4 * 1.25)
				                        <= g.received + make_interval(days => p.time_limit) then 'ON_TIME' else 'LATE' end
				            when g.outcome = 'REFUSED' then 'EARLY' end,
				       case when g.outcome = 'RESOLVED' then g.received + make_interval(secs => p.time_limit * 86400 * g.r4 * 1.25 + 86400)
				            when g.outcome = 'WITHDRAWN' then g.received + interval '1 day'
				            when g.outcome = 'REFUSED' then g.received + interval '2 days' end,
				       'TT' || (g.i % 100000), 'thutai', 0
				  from (select i, r2, r4, received,
				               case when r3 < 0.03 then 'WITHDRAWN' when r3 < 0.05 then 'REFUSED'
				                    when r3 < 0.053 or received > :recent then 'OPEN' else 'RESOLVED' end as outcome,
				               unit_n, procedure_n
				          from (select i, random() as r2, random() as r3, random() as r4,
				                       (floor(random() * :units))::int as unit_n,
				                       (floor(power(random(), 2) * 20))::int as procedure_n,
				                       :start + make_interval(days => floor(random() * 1095)::int)
				                         + make_interval(mins => 450 + floor(random() * 540)::int) as received
				                  from generate_series(1, :count) i) x) g
				  join bench_unit u on u.n = g.unit_n
				  join bench_procedure p on p.n = g.procedure_n % (select count(*) from bench_procedure)
				 order by g.received""")
			.param("units", UNITS)
			.param("count", count)
			.param("start", today.minusDays(1095).atStartOfDay(Vietnam.ZONE).toOffsetDateTime())
			.param("recent", today.minusDays(10).atStartOfDay(Vietnam.ZONE).toOffsetDateTime())
			.update();
	}

}
