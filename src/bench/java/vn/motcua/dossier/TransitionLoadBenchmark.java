package vn.motcua.dossier;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import vn.motcua.LoadHarness;
import vn.motcua.calendar.Channel;
import vn.motcua.dossier.intake.IntakeRequest;
import vn.motcua.dossier.intake.IntakeRequest.ApplicantRequest;
import vn.motcua.dossier.intake.ReceiveDossier;
import vn.motcua.dossier.processing.ActOnDossier;
import vn.motcua.dossier.processing.TransitionRequest;
import vn.motcua.identity.login.ApiTokens;
import vn.motcua.shared.Actor;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Load harness (not a test): dossier transitions per second on the embedded PostgreSQL with
 * synchronous commit, through the service layer and through HTTP, at 1, 8 and 32 threads, next to
 * PostgreSQL itself doing a transaction of the same shape (update one row, insert one row).
 *
 * <p>
 * The HTTP cells send with the JDK's {@link HttpClient} from the same JVM, whose own work (a selector
 * thread, hand-offs between executors) takes about a third of the JVM's samples in the token cell, on
 * the cores the server needs: the {@code wrk} cell sends the same request with the token from {@code wrk}
 * (Debian package), as the pages are measured, {@code threads} connections.
 *
 * <pre>java [-Dbench.paths=postgres,service,http,token,wrk] [-Dbench.threads=1,8,32] -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" vn.motcua.dossier.TransitionLoadBenchmark [seconds]</pre>
 */
public final class TransitionLoadBenchmark {

	private static final String PASSWORD = "Bench-2026-load";

	private static final int[] THREADS = Arrays.stream(System.getProperty("bench.threads", "1,8,32").split(","))
		.mapToInt(Integer::parseInt)
		.toArray();

	/** Which paths to measure: {@code -Dbench.paths=postgres,service,http,token,wrk} (all by default). */
	private static final String PATHS = System.getProperty("bench.paths", "postgres,service,http,token,wrk");

	/**
	 * Dossiers per thread and second of a cell: at about 3,000 transitions a second (the service path,
	 * 8 threads) each gets about ten, the history of a real dossier.
	 */
	private static final int PER_THREAD_SECOND = 40;

	private static final AtomicInteger NEXT = new AtomicInteger();

	private static final TransitionRequest ASSIGN = new TransitionRequest(DossierAction.ASSIGN, null, "xa.phuluong",
			null, null, null);

	private TransitionLoadBenchmark() {
	}

	interface Op {

		void run(int thread) throws Exception;

	}

	/** A measured cell: the count, p50 and p99 in ns of {@code seconds} on {@code threads} threads or connections. */
	interface Cell {

		long[] run(int threads, int seconds) throws Exception;

	}

	public static void main(String[] args) throws Exception {
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
		ConfigurableApplicationContext app = LoadHarness.start("--motcua.demo.password=" + PASSWORD,
				"--spring.datasource.hikari.maximum-pool-size=40");
		try {
			run(app, seconds);
		}
		finally {
			app.close();
		}
	}

	private static void run(ConfigurableApplicationContext app, int seconds) throws Exception {
		ReceiveDossier reception = app.getBean(ReceiveDossier.class);
		ActOnDossier acting = app.getBean(ActOnDossier.class);
		DataSource dataSource = app.getBean(DataSource.class);
		int port = LoadHarness.port(app);
		Actor officer = LoadHarness.phuLuongOfficer(app);
		// the dossiers the transitions go round; a measured cell gets its own (below)
		String[][] codes = { prepare(reception, acting, dataSource, officer, 8 * seconds * PER_THREAD_SECOND) };
		try (Connection c = dataSource.getConnection()) {
			c.createStatement().execute("create table bench_row (id int primary key, v bigint not null)");
			c.createStatement().execute("create table bench_log (id bigint generated always as identity primary key,"
					+ " row_id int not null, at timestamptz not null default now(), note text)");
			c.createStatement().execute("insert into bench_row select g, 0 from generate_series(0, 31) g");
			var sync = c.createStatement().executeQuery("show synchronous_commit");
			sync.next();
			System.out.println("synchronous_commit = " + sync.getString(1));
		}
		Op postgres = thread -> {
			try (Connection c = dataSource.getConnection()) {
				c.setAutoCommit(false);
				try (PreparedStatement update = c.prepareStatement("update bench_row set v = v + 1 where id = ?");
						PreparedStatement insert = c.prepareStatement("insert into bench_log (row_id, note) values (?, ?)")) {
					update.setInt(1, thread);
					update.executeUpdate();
					insert.setInt(1, thread);
					insert.setString(2, "phân công");
					insert.executeUpdate();
				}
				c.commit();
			}
		};
		Op service = thread -> acting.act(next(codes[0]), ASSIGN, officer);
		HttpClient http = HttpClient.newHttpClient();
		String auth = "Basic " + Base64.getEncoder()
			.encodeToString(("xa.phuluong:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		String token = "Bearer " + app.getBean(ApiTokens.class).issue(officer, "Đo tải", 1, false).token();
		Op overHttp = thread -> assign(http, port, next(codes[0]), auth);
		Op withToken = thread -> assign(http, port, next(codes[0]), token);
		Map<String, Cell> paths = new LinkedHashMap<>();
		if (PATHS.contains("postgres")) {
			paths.put("PostgreSQL: update + insert, one transaction", (threads, s) -> measure(postgres, threads, s));
		}
		if (PATHS.contains("service")) {
			paths.put("ActOnDossier.act (ASSIGN)", (threads, s) -> measure(service, threads, s));
		}
		if (PATHS.contains("http")) {
			paths.put("HTTP POST /transitions (Basic auth)", (threads, s) -> measure(overHttp, threads, s));
		}
		if (PATHS.contains("token")) {
			paths.put("HTTP POST /transitions (API token)", (threads, s) -> measure(withToken, threads, s));
		}
		if (PATHS.contains("wrk")) {
			paths.put("HTTP POST /transitions (API token, sent by wrk)", (threads, s) -> wrk(port, codes[0], token, threads, s));
		}
		// the JIT compiles the hot paths during the warm-up, not during the measured cells: three rounds
		// (-Dbench.warmups), since a profile of one round found a quarter of the HTTP paths' time still compiling;
		// wrk's cell one round, its server side is the token cell's
		for (int round = 0; round < Integer.getInteger("bench.warmups", 3); round++) {
			for (Map.Entry<String, Cell> path : paths.entrySet()) {
				if (round == 0 || !path.getKey().contains("wrk")) {
					path.getValue().run(8, seconds);
				}
			}
		}
		System.out.println("| Path | Threads | ops/s | p50 ms | p99 ms |");
		System.out.println("|---|---|---|---|---|");
		for (int threads : THREADS) {
			for (Map.Entry<String, Cell> path : paths.entrySet()) {
				if (!path.getKey().startsWith("PostgreSQL")) {
					codes[0] = prepare(reception, acting, dataSource, officer, threads * seconds * PER_THREAD_SECOND);
				}
				System.err.printf("measuring: %s, %d threads%n", path.getKey(), threads); // for bench/profile.sh
				long[] result = path.getValue().run(threads, seconds);
				System.out.printf("| %s | %d | %.0f | %.2f | %.2f |%n", path.getKey(), threads, result[0] / (double) seconds,
						result[1] / 1e6, result[2] / 1e6);
			}
		}
	}

	private static void assign(HttpClient http, int port, String code, String authorization) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers/" + code + "/transitions"))
			.header("Authorization", authorization)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"ASSIGN\",\"assignee\":\"xa.phuluong\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(response.statusCode() + " " + response.body());
		}
	}

	/**
	 * The token cell sent by {@code wrk}: {@code connections} connections over at most two of its threads,
	 * each thread going round its own share of {@code codes} (no two requests hold the same dossier at
	 * once). Fails on any answer but 200.
	 */
	private static long[] wrk(int port, String[] codes, String token, int connections, int seconds) throws Exception {
		int threads = Math.min(2, connections);
		Path script = Files.createTempFile("transitions", ".lua");
		try {
			Files.writeString(script, """
					codes = { %s }
					threads = 0
					function setup(thread)
					  thread:set("first", threads)
					  threads = threads + 1
					end
					function init(args)
					  counter = first
					end
					request = function()
					  counter = counter + %d
					  return wrk.format("POST", "/api/v1/dossiers/" .. codes[(counter %% #codes) + 1] .. "/transitions",
					    { ["Authorization"] = "%s", ["Content-Type"] = "application/json" },
					    '{"action":"ASSIGN","assignee":"xa.phuluong"}')
					end
					response = function(status, headers, body)
					  if status ~= 200 then error("status " .. status .. " " .. body) end
					end
					""".formatted(Arrays.stream(codes).map(c -> "\"" + c + "\"").collect(Collectors.joining(", ")), threads,
					token));
			Process process = new ProcessBuilder("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency",
					"-s", script.toString(), "http://localhost:" + port)
				.redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (process.waitFor() != 0 || output.contains("Non-2xx") || output.contains("Socket errors")
					|| output.contains("error")) {
				throw new IllegalStateException("wrk: " + output);
			}
			Matcher count = Pattern.compile("(\\d+) requests in").matcher(output);
			Matcher p50 = Pattern.compile("\\s50%\\s+([\\d.]+)(us|ms|s)").matcher(output);
			Matcher p99 = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)").matcher(output);
			if (!count.find() || !p50.find() || !p99.find()) {
				throw new IllegalStateException("wrk's output not understood: " + output);
			}
			return new long[] { Long.parseLong(count.group(1)), nanos(p50), nanos(p99) };
		}
		finally {
			Files.delete(script);
		}
	}

	/** wrk's latency, such as {@code 5.21ms}, in ns. */
	private static long nanos(Matcher latency) {
		double value = Double.parseDouble(latency.group(1));
		return Math.round(switch (latency.group(2)) {
			case "us" -> value * 1e3;
			case "ms" -> value * 1e6;
			default -> value * 1e9;
		});
	}

	/** Runs {@code op} on {@code threads} threads for {@code seconds}: the count, p50 and p99 in ns. */
	private static long[] measure(Op op, int threads, int seconds) throws Exception {
		for (int t = 0; t < threads; t++) {
			op.run(t); // warm up every thread's row or dossier
		}
		AtomicLong count = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		CountDownLatch done = new CountDownLatch(threads);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		for (int t = 0; t < threads; t++) {
			int thread = t;
			long[] samples = new long[2_000_000];
			latencies.add(samples);
			new Thread(() -> {
				int n = 0;
				try {
					while (System.nanoTime() < end) {
						long start = System.nanoTime();
						op.run(thread);
						if (n < samples.length) {
							samples[n++] = System.nanoTime() - start;
						}
						count.incrementAndGet();
					}
				}
				catch (Exception ex) {
					ex.printStackTrace();
				}
				finally {
					samples[samples.length - 1] = n;
					done.countDown();
				}
			}).start();
		}
		done.await();
		long[] all = latencies.stream()
			.flatMapToLong(s -> Arrays.stream(s, 0, (int) s[s.length - 1]))
			.sorted()
			.toArray();
		return new long[] { count.get(), all[all.length / 2], all[(int) (all.length * 0.99)] };
	}

	/**
	 * Dossiers for a measured cell, received and assigned once, so that every measured transition is a
	 * re-assignment; the listeners' work on them is done before the cell starts. Every transition adds a
	 * line to its dossier's history, which the answer (the dossier's view) carries: dossiers shared by
	 * all the cells had 50 to 65 lines by the last ones (166,000 transitions on 2,400 dossiers), and the
	 * paths measured last paid for the longest histories. Fresh ones, {@link #PER_THREAD_SECOND}, give
	 * each cell's dossiers a history about as long as a real one.
	 */
	private static String[] prepare(ReceiveDossier reception, ActOnDossier acting, DataSource dataSource, Actor officer,
			int count) throws Exception {
		String[] codes = IntStream.range(0, count).parallel()
			.mapToObj(i -> reception.receive(new IntakeRequest("2.001035", "000.41.00.H55", Channel.DIRECT,
					new ApplicantRequest("Người Đo Tải " + i, null, null, null, null)), officer).code())
			.toArray(String[]::new);
		Arrays.stream(codes).parallel().forEach(code -> acting.act(code, ASSIGN, officer));
		LoadHarness.drain(dataSource);
		return codes;
	}

	/** The next dossier, round robin: no two threads hold the same dossier at once. */
	private static String next(String[] codes) {
		return codes[Math.floorMod(NEXT.getAndIncrement(), codes.length)];
	}

}
