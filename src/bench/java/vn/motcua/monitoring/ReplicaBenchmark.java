package vn.motcua.monitoring;

import java.io.Reader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.motcua.LoadHarness;
import vn.motcua.calendar.Channel;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossiersImported;
import vn.motcua.dossier.intake.IntakeRequest;
import vn.motcua.dossier.intake.IntakeRequest.ApplicantRequest;
import vn.motcua.dossier.intake.ReceiveDossier;
import vn.motcua.dossier.processing.ActOnDossier;
import vn.motcua.dossier.processing.TransitionRequest;
import vn.motcua.monitoring.statistics.Breakdowns;
import vn.motcua.monitoring.statistics.Questions;
import vn.motcua.monitoring.statistics.Selection;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Backups;
import vn.motcua.shared.Directories;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load harness (not a test), issue 18: the primary's write throughput (dossier transitions, 4
 * threads) alone and while 4 threads ask the province's dashboard for a year (the heaviest
 * statistics question), first with every read on the primary, then with a streaming replica made
 * from the primary's base backup and started here ({@code motcua.replica.url}). Two application
 * runs on the same generated data; all of it shares this machine's cores.
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" vn.motcua.monitoring.ReplicaBenchmark [dossiers] [seconds]</pre>
 */
public final class ReplicaBenchmark {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private ReplicaBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
		int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
		System.out.println("| Reads of the statistics | transitions/s alone | transitions/s under the report load | dashboards/s |");
		System.out.println("|---|---|---|---|");
		run(dossiers, seconds, false);
		run(dossiers, seconds, true);
	}

	private static void run(int dossiers, int seconds, boolean replica) throws Exception {
		int replicaPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			replicaPort = socket.getLocalPort();
		}
		Path backups = Directories.temporary("motcua-replica-bench");
		List<String> arguments = new ArrayList<>(List.of("--spring.datasource.hikari.maximum-pool-size=20",
				"--motcua.backup.dir=" + backups));
		if (replica) {
			arguments.add("--motcua.replica.url=jdbc:postgresql://localhost:" + replicaPort + "/postgres");
			arguments.add("--motcua.replica.pause=1s");
		}
		ConfigurableApplicationContext app = LoadHarness.start(arguments.toArray(String[]::new));
		EmbeddedPostgres standby = null;
		try {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			Questions questions = app.getBean(Questions.class);
			LocalDate today = questions.today();
			StatsLoadBenchmark.generate(jdbc, dossiers, today);
			StatsLoadBenchmark.forgetUnitTrees(app);
			app.publishEvent(new DossiersImported(dossiers));
			jdbc.sql("vacuum analyze dossier").update();
			Actor officer = LoadHarness.phuLuongOfficer(app);
			ReceiveDossier reception = app.getBean(ReceiveDossier.class);
			String[] codes = IntStream.range(0, 2_000).parallel().mapToObj(i -> reception.receive(new IntakeRequest("2.001035",
					"000.41.00.H55", Channel.DIRECT, new ApplicantRequest("Người Đo Tải " + i, null, null, null, null)), officer)
				.code()).toArray(String[]::new);
			if (replica) {
				standby = startReplica(app, replicaPort);
			}
			ActOnDossier acting = app.getBean(ActOnDossier.class);
			Breakdowns statistics = app.getBean(Breakdowns.class);
			int year = today.getYear() - 1;
			Selection province = questions.select(Actor.system(), "19", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), true);
			Runnable write = () -> acting.act(codes[Math.floorMod(NEXT.getAndIncrement(), codes.length)],
					new TransitionRequest(DossierAction.ASSIGN, null, "xa.phuluong", null, null, null), officer);
			Runnable read = () -> statistics.dashboard(province);
			load(write, 4, null, 0, seconds); // warm-up
			load(read, 4, null, 0, Math.max(2, seconds / 2));
			long alone = load(write, 4, null, 0, seconds);
			long[] reads = new long[1];
			long before = standby == null ? 0 : replicaTransactions(standby);
			long loaded = load(write, 4, read, 4, seconds, reads);
			// (its statistics reach pg_stat_database within a second: half of the dashboards is proof enough)
			if (standby != null && replicaTransactions(standby) - before < reads[0] / 2) {
				throw new IllegalStateException("the dashboards were not read on the replica");
			}
			System.out.printf("| %s | %.0f | %.0f | %.1f |%n", replica ? "on the streaming replica" : "on the primary",
					alone / (double) seconds, loaded / (double) seconds, reads[0] / (double) seconds);
		}
		finally {
			app.close();
			if (standby != null) {
				standby.close();
			}
		}
	}

	private static long replicaTransactions(EmbeddedPostgres standby) {
		return JdbcClient.create(standby.getPostgresDatabase())
			.sql("select sum(xact_commit)::bigint from pg_stat_database")
			.query(Long.class)
			.single();
	}

	/** The primary's base backup as a standby streaming from it, caught up. */
	private static EmbeddedPostgres startReplica(ConfigurableApplicationContext app, int port) throws Exception {
		Path dir = app.getBean(Backups.class).takeNow().resolve("pg");
		Properties credentials = new Properties();
		try (Reader in = Files.newBufferedReader(dir.resolve("motcua.credentials"))) {
			credentials.load(in);
		}
		String superuser = credentials.getProperty("superuser.password");
		EmbeddedPostgres primary = app.getBean(EmbeddedPostgres.class);
		Files.writeString(dir.resolve("standby.signal"), "");
		Files.writeString(dir.resolve("postgresql.auto.conf"), "\nprimary_conninfo = 'host=127.0.0.1 port=%d user=postgres password=%s'\n"
			.formatted(primary.getPort(), superuser), StandardOpenOption.APPEND);
		EmbeddedPostgres standby = EmbeddedPostgres.builder()
			.setDataDirectory(dir)
			.setCleanDataDirectory(false)
			.setPort(port)
			.setConnectConfig("password", superuser)
			.setPGStartupWait(Duration.ofSeconds(120))
			.start();
		JdbcClient onPrimary = JdbcClient.create(primary.getPostgresDatabase());
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (onPrimary.sql("select count(*) from pg_stat_replication where state = 'streaming' and replay_lsn >= pg_current_wal_lsn()")
			.query(Long.class)
			.single() == 0) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("the replica did not catch up");
			}
			Thread.sleep(200);
		}
		return standby;
	}

	private static long load(Runnable work, int threads, Runnable other, int otherThreads, int seconds) throws Exception {
		return load(work, threads, other, otherThreads, seconds, new long[1]);
	}

	/** Runs {@code work} on its threads (and {@code other} beside it) for {@code seconds}: how many {@code work} did. */
	private static long load(Runnable work, int threads, Runnable other, int otherThreads, int seconds, long[] others)
			throws Exception {
		List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
		AtomicBoolean running = new AtomicBoolean(true);
		AtomicLong done = new AtomicLong();
		AtomicLong otherDone = new AtomicLong();
		List<Thread> all = new ArrayList<>();
		for (int t = 0; t < threads + otherThreads; t++) {
			boolean mine = t < threads;
			Thread thread = new Thread(() -> {
				try {
					while (running.get()) {
						if (mine) {
							work.run();
							done.incrementAndGet();
						}
						else {
							other.run();
							otherDone.incrementAndGet();
						}
					}
				}
				catch (Throwable ex) {
					failures.add(ex);
				}
			});
			all.add(thread);
			thread.start();
		}
		Thread.sleep(seconds * 1000L);
		running.set(false);
		for (Thread thread : all) {
			thread.join();
		}
		if (!failures.isEmpty()) {
			throw new IllegalStateException(failures.size() + " threads failed", failures.get(0));
		}
		others[0] = otherDone.get();
		return done.get();
	}

}
