package vn.motcua;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's crash safety. The application runs as its own process against a PostgreSQL this test
 * owns; four clients take in dossiers and move them (request a supplement, receive it) as fast as
 * they can. The process is killed with SIGKILL in the middle and started again; then the
 * database is stopped and started under load, and the application must recover by itself. After
 * each: every request answered 2xx is there, nothing is half-applied (a dossier's status is its last
 * event's), and the events left outstanding by the kill are delivered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashSafetyIntegrationTests {

	private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]+)\"");

	private static final String INTAKE = """
			{"procedureCode":"1.001193","agencyCode":"000.41.00.H55","channel":"DIRECT",
			 "applicant":{"fullName":"Người Thử Sập Máy %d","phone":"0912 111 %03d"}}""";

	@TempDir
	static Path dir;

	private int dbPort;

	private int appPort;

	private EmbeddedPostgres database;

	private Process app;

	private JdbcClient jdbc;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String desk = "Basic "
			+ Base64.getEncoder().encodeToString(("xa.phuluong:" + MotCuaTest.PASSWORD).getBytes(StandardCharsets.UTF_8));

	/** What the clients were told, per dossier code. */
	private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();

	/** The answers other than 2xx, by status. */
	private final Map<Integer, Integer> refusals = new ConcurrentHashMap<>();

	/** A dossier's events acknowledged (its intake and transitions), its status then, and a change not answered. */
	record Acknowledged(int events, String status, String unanswered) {
	}

	@BeforeAll
	void start() throws Exception {
		this.dbPort = freePort();
		this.appPort = freePort();
		startDatabase();
		this.jdbc = JdbcClient.create(this.database.getPostgresDatabase());
		this.app = startApp();
	}

	@AfterAll
	void stop() throws Exception {
		if (this.app != null) {
			this.app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		if (this.database != null) {
			this.database.close();
		}
	}

	@Test
	void aKilledApplicationAndARestartedDatabaseLoseNothingAcknowledgedAndHalfApplyNothing() throws Exception {
		AtomicInteger answered = new AtomicInteger();
		try (Load load = new Load(answered)) {
			awaitTrue("30 requests answered before the kill", () -> answered.get() >= 30, 120);
			this.app.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL, in the middle of the clients' requests
		}
		this.app = startApp();
		assertEverythingAcknowledgedIsThereWhole();

		try (Load load = new Load(answered)) {
			int before = answered.get();
			awaitTrue("20 requests answered before the database stops", () -> answered.get() >= before + 20, 120);
			this.database.close();
			Thread.sleep(2000);
			startDatabase();
			int restarted = answered.get();
			awaitTrue("the application serving again by itself after the database restarted",
					() -> answered.get() >= restarted + 20, 120);
		}
		assertEverythingAcknowledgedIsThereWhole();
		assertThat(this.acknowledged).hasSizeGreaterThan(20);
		assertThat(this.refusals).as("answers while the database was away: 503, try again").containsOnlyKeys(503);
	}

	private void assertEverythingAcknowledgedIsThereWhole() throws InterruptedException {
		Map<String, String> status = new java.util.HashMap<>();
		Map<String, Integer> events = new java.util.HashMap<>();
		this.jdbc.sql("select d.code, d.status, count(e.id) as events from dossier d join dossier_event e on e.dossier_id = d.id"
				+ " group by d.code, d.status")
			.query((rs, n) -> {
				status.put(rs.getString(1), rs.getString(2));
				return events.put(rs.getString(1), rs.getInt(3));
			})
			.list();
		List<String> lost = new ArrayList<>();
		this.acknowledged.forEach((code, told) -> {
			Integer made = events.get(code);
			boolean whole = made != null && (made == told.events() && status.get(code).equals(told.status())
					|| told.unanswered() != null && made == told.events() + 1 && status.get(code).equals(told.unanswered()));
			if (!whole) {
				lost.add(code + " told " + told + ", found " + made + " events, " + status.get(code));
			}
		});
		assertThat(lost).as("acknowledged requests not found whole").isEmpty();
		assertThat(this.jdbc.sql("""
				select count(*) from dossier d where d.status <> (select e.to_status from dossier_event e
				where e.dossier_id = d.id order by e.id desc limit 1)""").query(Integer.class).single())
			.as("dossiers whose status is not their last event's")
			.isZero();
		List<String> outstanding = List.of();
		for (int wait = 0; wait < 480; wait++) {
			outstanding = this.jdbc.sql("""
					select listener_id || ' ← ' || event_type || ' of ' || publication_date from event_publication
					where completion_date is null""").query(String.class).list();
			if (outstanding.isEmpty()) {
				break;
			}
			Thread.sleep(250);
		}
		assertThat(outstanding).as("events outstanding after the kill, still not delivered").isEmpty();
	}

	/** Four clients taking in dossiers and moving each through two transitions, until closed. */
	private final class Load implements AutoCloseable {

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final ExecutorService clients = Executors.newFixedThreadPool(4);

		Load(AtomicInteger answered) {
			for (int c = 0; c < 4; c++) {
				this.clients.submit(() -> {
					while (this.running.get()) {
						dossier(answered);
					}
					return null;
				});
			}
		}

		private void dossier(AtomicInteger answered) {
			int n = answered.get();
			HttpResponse<String> received = post("/api/v1/dossiers", INTAKE.formatted(n, n % 1000));
			Matcher code = CODE.matcher(received == null ? "" : received.body());
			if (received == null || received.statusCode() != 201 || !code.find()) {
				refused(received);
				return;
			}
			answered.incrementAndGet();
			String dossier = code.group(1);
			acknowledged.put(dossier, new Acknowledged(1, "RECEIVED", null));
			for (int step = 0; step < 2 && this.running.get(); step++) {
				boolean supplement = step % 2 == 0;
				String next = supplement ? "SUPPLEMENT_REQUESTED" : "IN_PROGRESS";
				Acknowledged before = acknowledged.get(dossier);
				acknowledged.put(dossier, new Acknowledged(before.events(), before.status(), next));
				HttpResponse<String> moved = post("/api/v1/dossiers/" + dossier + "/transitions", supplement
						? "{\"action\":\"REQUEST_SUPPLEMENT\",\"note\":\"Thiếu giấy tờ\"}" : "{\"action\":\"SUPPLEMENT_RECEIVED\"}");
				if (moved == null || moved.statusCode() != 200) {
					refused(moved);
					return; // its fate unknown: the dossier is left as it is
				}
				answered.incrementAndGet();
				acknowledged.put(dossier, new Acknowledged(before.events() + 1, next, null));
			}
		}

		private void refused(HttpResponse<String> answer) {
			if (answer != null) {
				refusals.merge(answer.statusCode(), 1, Integer::sum);
			}
		}

		private HttpResponse<String> post(String path, String json) {
			try {
				return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + appPort + path))
					.timeout(Duration.ofSeconds(15))
					.header("Authorization", desk)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(json))
					.build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				pause();
				return null;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				this.running.set(false);
				return null;
			}
		}

		private void pause() {
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		@Override
		public void close() throws InterruptedException {
			this.running.set(false);
			this.clients.shutdown();
			assertThat(this.clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		}

	}

	private void startDatabase() throws IOException {
		this.database = EmbeddedPostgres.builder()
			.setDataDirectory(dir.resolve("pg"))
			.setCleanDataDirectory(false)
			.setPort(this.dbPort)
			.start();
	}

	/** The application as a process of its own, on the test's class path, ready to serve. */
	private Process startApp() throws Exception {
		Path log = dir.resolve("app-" + System.nanoTime() + ".log");
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xmx512m", "-cp",
				System.getProperty("java.class.path"), MotCuaApplication.class.getName(), "--spring.profiles.active=demo",
				"--server.port=" + this.appPort, "--spring.datasource.url=jdbc:postgresql://localhost:" + this.dbPort + "/postgres",
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.datasource.hikari.connection-timeout=3000", "--motcua.files.dir=" + dir.resolve("files"),
				"--motcua.demo.password=" + MotCuaTest.PASSWORD, "--motcua.demo.dossiers=0",
				// the real clock: an event left outstanding by the database's restart is handed out again once 3 s old
				"--motcua.events.retry-after=3s", "--logging.level.root=WARN")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		awaitTrue("the application ready (log: " + log + ")", () -> {
			if (!process.isAlive()) {
				throw new AssertionError("the application stopped: " + tail(log));
			}
			return ready();
		}, 300);
		return process;
	}

	private boolean ready() {
		try {
			return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.appPort
					+ "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String tail(Path log) {
		try {
			String text = Files.readString(log);
			return text.substring(Math.max(0, text.length() - 3000));
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	private static void awaitTrue(String what, BooleanSupplier condition, int seconds) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > until) {
				throw new AssertionError("not within " + seconds + " s: " + what);
			}
			Thread.sleep(250);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
