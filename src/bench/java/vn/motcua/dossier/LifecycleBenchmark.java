package vn.motcua.dossier;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import vn.motcua.LoadHarness;
import vn.motcua.TestActor;
import vn.motcua.calendar.Channel;
import vn.motcua.dossier.intake.IntakeRequest;
import vn.motcua.dossier.intake.IntakeRequest.ApplicantRequest;
import vn.motcua.dossier.intake.ReceiveDossier;
import vn.motcua.dossier.processing.ActOnDossier;
import vn.motcua.dossier.processing.TransitionRequest;
import vn.motcua.identity.login.ApiTokens;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Load harness (not a test), issue 18: whole dossier lifecycles on the durable embedded PostgreSQL
 * (fsync on, synchronous commit), by MotCua's service layer, by MotCua over HTTP (API tokens), and
 * by plain JDBC doing the minimum (a row and its history line per step), at 1, 8 and 32 threads.
 * A lifecycle is six transactions: receive, transfer from the desk, appraise (the specialist), sign
 * (the chairman), resolve, return the result — MotCua's default commune process, with every step's
 * timeline line, deadlines, rollups and the applicant's notification — at the one-stop desks of the
 * four communes of today's demo ({@link Desk}). Each cell prints lifecycles/s, steps/s, the
 * p50 and p99 of a step, and the write-ahead log per lifecycle, and checks afterwards that every
 * lifecycle left its six history lines and ended returned. Flowable's lifecycle is
 * {@code bench/flowable-baseline} (the same table).
 *
 * <pre>java [-Dbench.paths=service,http,jdbc] [-Dbench.threads=1,8,32] -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" vn.motcua.dossier.LifecycleBenchmark [seconds]</pre>
 */
public final class LifecycleBenchmark {

	static final int STEPS = 6;

	private static final int[] THREADS = Arrays.stream(System.getProperty("bench.threads", "1,8,32").split(","))
		.mapToInt(Integer::parseInt)
		.toArray();

	private static final String PATHS = System.getProperty("bench.paths", "service,http,jdbc");

	private static final String PROCEDURE = "2.001035";

	private static final AtomicInteger APPLICANTS = new AtomicInteger();

	private LifecycleBenchmark() {
	}

	/** One lifecycle by thread {@code thread}; {@code steps} gets each step's time in nanoseconds. */
	interface Lifecycle {

		void run(long[] steps, int thread) throws Exception;

	}

	/**
	 * A commune of today's demo (two tiers) with its one-stop desk's officer, its specialist and its
	 * chairman: thread {@code t} works at desk {@code t % 4}. Each desk has its own daily sequence of
	 * dossier codes, which serialises the receipts at one desk (taken in the intake transaction, gapless).
	 */
	record Desk(String unit, String agency, Actor desk, Actor specialist, Actor leader) {
	}

	/** How to check a cell afterwards: the lifecycles finished and the history lines they left. */
	interface Check {

		long[] count(Connection c) throws Exception;

	}

	record Path(String name, Lifecycle lifecycle, Check check) {
	}

	public static void main(String[] args) throws Exception {
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
		// -Dbench.unsigned=true: what signing each result costs, no signing keys (a diagnosis, never in production)
		ConfigurableApplicationContext app = LoadHarness.start("--spring.datasource.hikari.maximum-pool-size=40",
				"--motcua.signing.demo=" + !Boolean.getBoolean("bench.unsigned"));
		try {
			if (Boolean.getBoolean("bench.noaudit")) { // what the audit log costs: its triggers off (a diagnosis, never in production)
				JdbcClient superuser = JdbcClient.create(app.getBean(EmbeddedPostgres.class).getPostgresDatabase());
				for (String table : List.of("dossier", "dossier_step", "dossier_clock_stop", "dossier_attachment")) {
					superuser.sql("alter table " + table + " disable trigger " + table + "_audit").update();
				}
				System.out.println("audit triggers of the dossier tables: OFF");
			}
			List<Path> paths = paths(app);
			DataSource dataSource = app.getBean(DataSource.class);
			try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
				for (String setting : new String[] { "fsync", "synchronous_commit", "full_page_writes", "server_version" }) {
					ResultSet rs = s.executeQuery("show " + setting);
					rs.next();
					System.out.println(setting + " = " + rs.getString(1));
				}
			}
			for (Path path : paths) {
				cell(path, 8, Math.max(3, seconds / 2), dataSource, false); // the JIT compiles here
			}
			System.out.println("| Path | Threads | lifecycles/s | steps/s | step p50 ms | step p99 ms | p50 of each step ms | WAL KB/lifecycle | writing transactions/lifecycle | checked |");
			System.out.println("|---|---|---|---|---|---|---|---|---|---|");
			for (int threads : THREADS) {
				for (Path path : paths) {
					cell(path, threads, seconds, dataSource, true);
				}
			}
		}
		finally {
			app.close();
		}
	}

	private static List<Path> paths(ConfigurableApplicationContext app) {
		ReceiveDossier reception = app.getBean(ReceiveDossier.class);
		ActOnDossier acting = app.getBean(ActOnDossier.class);
		DataSource dataSource = app.getBean(DataSource.class);
		OrganizationManagement organization = app.getBean(OrganizationManagement.class);
		List<Desk> desks = new ArrayList<>();
		for (String[] commune : new String[][] { { "05611", "000.41.00.H55", "phuluong" }, { "05641", "000.42.00.H55", "votranh" },
				{ "05620", "000.43.00.H55", "yentrach" }, { "05632", "000.44.00.H55", "hopthanh" } }) {
			UUID unit = organization.unitOn(commune[0], LocalDate.now()).orElseThrow().id();
			desks.add(new Desk(commune[0], commune[1], TestActor.of("motcua." + commune[2], unit, Role.RECEPTION),
					TestActor.of("chuyenvien." + commune[2], unit, Role.SPECIALIST),
					TestActor.of("chutich." + commune[2], unit, Role.LEADER)));
		}
		List<Path> paths = new ArrayList<>();
		Check dossiers = c -> count(c, """
				select count(*), (select count(*) from dossier_event e join dossier d on d.id = e.dossier_id
				  where d.procedure_code = '%1$s' and d.status = 'RESULT_RETURNED')
				from dossier where procedure_code = '%1$s' and status = 'RESULT_RETURNED'""".formatted(PROCEDURE));
		TransitionRequest next = new TransitionRequest(DossierAction.COMPLETE_STEP, null, null, null, null, null);
		if (PATHS.contains("service")) {
			paths.add(new Path("(a) MotCua service layer", (steps, thread) -> {
				Desk at = desks.get(thread % desks.size());
				long t = System.nanoTime();
				String code = reception.receive(intake(at.agency()), at.desk()).code();
				t = lap(steps, 0, t);
				acting.act(code, next, at.desk());
				t = lap(steps, 1, t);
				acting.act(code, next, at.specialist());
				t = lap(steps, 2, t);
				acting.act(code, next, at.leader());
				t = lap(steps, 3, t);
				acting.act(code, new TransitionRequest(DossierAction.RESOLVE, null, null, null, null, null), at.desk());
				t = lap(steps, 4, t);
				acting.act(code, new TransitionRequest(DossierAction.RETURN_RESULT, null, null, null, null, null), at.desk());
				lap(steps, 5, t);
			}, dossiers));
		}
		if (PATHS.contains("http")) {
			ApiTokens tokens = app.getBean(ApiTokens.class);
			Map<Actor, String> bearer = new java.util.HashMap<>();
			for (Desk desk : desks) {
				for (Actor official : List.of(desk.desk(), desk.specialist(), desk.leader())) {
					bearer.put(official, "Bearer " + tokens.issue(official, "Đo tải", 1, false).token());
				}
			}
			HttpClient http = HttpClient.newHttpClient();
			String base = "http://localhost:" + LoadHarness.port(app) + "/api/v1/dossiers";
			paths.add(new Path("(b) MotCua over HTTP (API token)", (steps, thread) -> {
				Desk at = desks.get(thread % desks.size());
				long t = System.nanoTime();
				String created = post(http, base, bearer.get(at.desk()), """
						{"procedureCode":"%s","agencyCode":"%s","channel":"DIRECT","applicant":{"fullName":"Người Đo Tải %d"}}"""
					.formatted(PROCEDURE, at.agency(), APPLICANTS.incrementAndGet()), 201);
				String code = created.replaceAll("(?s).*?\"code\":\"([^\"]+)\".*", "$1");
				t = lap(steps, 0, t);
				String url = base + "/" + code + "/transitions";
				Object[][] actions = { { at.desk(), "COMPLETE_STEP" }, { at.specialist(), "COMPLETE_STEP" },
						{ at.leader(), "COMPLETE_STEP" }, { at.desk(), "RESOLVE" }, { at.desk(), "RETURN_RESULT" } };
				for (int i = 0; i < actions.length; i++) {
					post(http, url, bearer.get(actions[i][0]), "{\"action\":\"" + actions[i][1] + "\"}", 200);
					t = lap(steps, i + 1, t);
				}
			}, dossiers));
		}
		if (PATHS.contains("jdbc")) {
			try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
				s.execute("create table bench_case (id bigint generated always as identity primary key, status text not null,"
						+ " step int not null, updated_at timestamptz not null default now())");
				s.execute("create table bench_history (id bigint generated always as identity primary key,"
						+ " case_id bigint not null, step int not null, action text not null, at timestamptz not null default now())");
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			String[] actions = { "RECEIVE", "COMPLETE_STEP", "COMPLETE_STEP", "COMPLETE_STEP", "RESOLVE", "RETURN_RESULT" };
			paths.add(new Path("(d) plain JDBC: row + history line per step", (steps, thread) -> {
				long t = System.nanoTime();
				long id;
				try (Connection c = dataSource.getConnection()) {
					c.setAutoCommit(false);
					try (PreparedStatement insert = c.prepareStatement("insert into bench_case (status, step) values ('RECEIVED', 1)",
							Statement.RETURN_GENERATED_KEYS)) {
						insert.executeUpdate();
						ResultSet keys = insert.getGeneratedKeys();
						keys.next();
						id = keys.getLong(1);
					}
					history(c, id, 0, actions[0]);
					c.commit();
				}
				t = lap(steps, 0, t);
				for (int i = 1; i < STEPS; i++) {
					try (Connection c = dataSource.getConnection()) {
						c.setAutoCommit(false);
						try (PreparedStatement update = c.prepareStatement(
								"update bench_case set status = ?, step = step + 1, updated_at = now() where id = ?")) {
							update.setString(1, i == STEPS - 1 ? "RESULT_RETURNED" : "IN_PROGRESS");
							update.setLong(2, id);
							update.executeUpdate();
						}
						history(c, id, i, actions[i]);
						c.commit();
					}
					t = lap(steps, i, t);
				}
			}, c -> count(c, "select count(*) filter (where status = 'RESULT_RETURNED'), (select count(*) from bench_history) from bench_case")));
		}
		return paths;
	}

	private static void history(Connection c, long id, int step, String action) throws Exception {
		try (PreparedStatement insert = c.prepareStatement("insert into bench_history (case_id, step, action) values (?, ?, ?)")) {
			insert.setLong(1, id);
			insert.setInt(2, step);
			insert.setString(3, action);
			insert.executeUpdate();
		}
	}

	private static IntakeRequest intake(String agency) {
		return new IntakeRequest(PROCEDURE, agency, Channel.DIRECT,
				new ApplicantRequest("Người Đo Tải " + APPLICANTS.incrementAndGet(), null, null, null, null));
	}

	private static String post(HttpClient http, String url, String authorization, String json, int expected)
			throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(url + " → " + response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private static long lap(long[] steps, int step, long since) {
		long now = System.nanoTime();
		steps[step] = now - since;
		return now;
	}

	private static long[] count(Connection c, String sql) throws Exception {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return new long[] { rs.getLong(1), rs.getLong(2) };
		}
	}

	/** Rows inserted, updated, deleted and updated in place (HOT) per table, as the statistics collector has them. */
	private static Map<String, long[]> tables(Connection c) throws Exception {
		if (!Boolean.getBoolean("bench.tables")) {
			return Map.of();
		}
		Thread.sleep(11_000); // an idle backend reports its counters within 10 s (PGSTAT_IDLE_INTERVAL)
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
				"select relname, n_tup_ins, n_tup_upd, n_tup_del, n_tup_hot_upd from pg_stat_user_tables order by relname")) {
			Map<String, long[]> rows = new java.util.TreeMap<>();
			while (rs.next()) {
				rows.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) });
			}
			return rows;
		}
	}

	/**
	 * The write-ahead log's position in bytes and the next transaction id: a transaction gets an id when
	 * it first writes, so the difference counts the writing transactions, each a commit to flush.
	 */
	private static long[] wal(Connection c) throws Exception {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				select pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint,
				  pg_snapshot_xmax(pg_current_snapshot())::text::bigint""")) {
			rs.next();
			return new long[] { rs.getLong(1), rs.getLong(2) };
		}
	}

	/**
	 * Runs the path on {@code threads} threads for {@code seconds}, each thread finishing its lifecycle,
	 * then waits for the listeners ({@link #drain}): the cell's time includes both.
	 */
	private static void cell(Path path, int threads, int seconds, DataSource dataSource, boolean print) throws Exception {
		long[] before;
		long[] walBefore;
		Map<String, long[]> tablesBefore;
		try (Connection c = dataSource.getConnection()) {
			before = path.check().count(c);
			walBefore = wal(c);
			tablesBefore = tables(c);
		}
		AtomicLong lifecycles = new AtomicLong();
		List<long[]> samples = new ArrayList<>();
		List<Throwable> failures = new ArrayList<>();
		CountDownLatch done = new CountDownLatch(threads);
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		List<long[][]> bySteps = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			long[] mine = new long[1_000_000];
			long[][] perStep = new long[STEPS][100_000];
			samples.add(mine);
			bySteps.add(perStep);
			new Thread(() -> {
				int n = 0;
				int lifecycle = 0;
				long[] steps = new long[STEPS];
				try {
					while (System.nanoTime() < end) {
						path.lifecycle().run(steps, thread);
						for (int i = 0; i < STEPS; i++) {
							if (n < mine.length - 1) {
								mine[n++] = steps[i];
							}
							if (lifecycle < perStep[i].length) {
								perStep[i][lifecycle] = steps[i];
							}
						}
						lifecycle++;
						lifecycles.incrementAndGet();
					}
				}
				catch (Throwable ex) {
					synchronized (failures) {
						failures.add(ex);
					}
				}
				finally {
					mine[mine.length - 1] = n;
					done.countDown();
				}
			}).start();
		}
		Map<String, Integer> waits = new java.util.TreeMap<>();
		if (Boolean.getBoolean("bench.waits")) { // what the database sessions wait for, sampled every 5 ms
			try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
				while (done.getCount() > 0) {
					try (ResultSet rs = s.executeQuery("""
							select coalesce(wait_event_type || ':' || wait_event, 'CPU') || ' ← ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 70)
							from pg_stat_activity where state = 'active' and pid <> pg_backend_pid() and backend_type = 'client backend'""")) {
						while (rs.next()) {
							waits.merge(rs.getString(1), 1, Integer::sum);
						}
					}
					Thread.sleep(5);
				}
			}
		}
		done.await();
		LoadHarness.drain(dataSource);
		double elapsed = (System.nanoTime() - start) / 1e9;
		if (print && !waits.isEmpty()) {
			waits.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
				.forEach(w -> System.out.println("  waits " + w.getValue() + "  " + w.getKey()));
		}
		if (!failures.isEmpty()) {
			throw new IllegalStateException(path.name() + ": " + failures.size() + " threads failed", failures.get(0));
		}
		long[] after;
		long[] walAfter;
		Map<String, long[]> tablesAfter;
		try (Connection c = dataSource.getConnection()) {
			after = path.check().count(c);
			walAfter = wal(c);
			tablesAfter = tables(c);
		}
		if (print) { // -Dbench.tables=true: the rows each table gained per lifecycle (a diagnosis)
			long n = Math.max(1, lifecycles.get());
			tablesAfter.forEach((table, a) -> {
				long[] b = tablesBefore.getOrDefault(table, new long[4]);
				if (a[0] != b[0] || a[1] != b[1] || a[2] != b[2] || a[3] != b[3]) {
					System.out.printf("  %-32s ins %.2f  upd %.2f (hot %.2f)  del %.2f per lifecycle%n", table,
							(a[0] - b[0]) / (double) n, (a[1] - b[1]) / (double) n, (a[3] - b[3]) / (double) n, (a[2] - b[2]) / (double) n);
				}
			});
		}
		long finished = after[0] - before[0];
		long lines = after[1] - before[1];
		boolean checked = finished == lifecycles.get() && lines == finished * STEPS;
		if (!checked) {
			throw new IllegalStateException("%s: %d lifecycles run, %d found returned with %d history lines (expected %d)"
				.formatted(path.name(), lifecycles.get(), finished, lines, finished * STEPS));
		}
		if (!print) {
			return;
		}
		long[] all = samples.stream().flatMapToLong(s -> Arrays.stream(s, 0, (int) s[s.length - 1])).sorted().toArray();
		StringBuilder perStep = new StringBuilder();
		for (int i = 0; i < STEPS; i++) {
			int step = i;
			long[] these = bySteps.stream().flatMapToLong(b -> Arrays.stream(b[step]).filter(v -> v > 0)).sorted().toArray();
			perStep.append(i == 0 ? "" : " / ").append("%.1f".formatted(these.length == 0 ? 0 : these[these.length / 2] / 1e6));
		}
		long count = Math.max(1, lifecycles.get());
		System.out.printf("| %s | %d | %.0f | %.0f | %.2f | %.2f | %s | %.1f | %.1f | %d × %d lines ✓ |%n", path.name(), threads,
				lifecycles.get() / elapsed, lifecycles.get() * STEPS / elapsed, all[all.length / 2] / 1e6,
				all[(int) (all.length * 0.99)] / 1e6, perStep, (walAfter[0] - walBefore[0]) / 1024.0 / count,
				(walAfter[1] - walBefore[1]) / (double) count, finished, STEPS);
	}

}
