package bench;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * The BPMN baseline of BENCHMARKS.md (issue 18's path c): whole lifecycles of a process of five user
 * tasks (receive, appraise, review, sign, return) in Flowable 8 with history level audit, on an
 * embedded PostgreSQL 18 made durable like MotCua's (fsync on, synchronous commit), at 1, 8 and 32
 * threads. A lifecycle is six transactions, as MotCua's: the start and the five completions (each
 * after the query for the instance's open task). Prints the same table as MotCua's
 * {@code LifecycleBenchmark}, checked afterwards against the engine's history tables.
 */
public final class FlowableBaseline {

	static final int STEPS = 6;

	private FlowableBaseline() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
		int[] threadCounts = Arrays.stream(System.getProperty("bench.threads", "1,8,32").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			.setDataDirectory(Files.createTempDirectory("flowable-bench"))
			.setCleanDataDirectory(true)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.start(); HikariDataSource ds = new HikariDataSource()) {
			ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
			ds.setUsername("postgres");
			ds.setMaximumPoolSize(40);
			ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
				.setDataSource(ds)
				.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
				.setHistory("audit")
				.setAsyncExecutorActivate(false)
				.buildProcessEngine();
			engine.getRepositoryService().createDeployment().addClasspathResource("dossier.bpmn20.xml").deploy();
			try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
				for (String setting : new String[] { "fsync", "synchronous_commit", "full_page_writes", "server_version" }) {
					ResultSet rs = s.executeQuery("show " + setting);
					rs.next();
					System.out.println(setting + " = " + rs.getString(1));
				}
			}
			cell(engine, ds, 8, Math.max(3, seconds / 2), false); // the JIT compiles here
			System.out.println("| Path | Threads | lifecycles/s | steps/s | step p50 ms | step p99 ms | WAL KB/lifecycle | writing transactions/lifecycle | checked |");
			System.out.println("|---|---|---|---|---|---|---|---|---|");
			for (int threads : threadCounts) {
				cell(engine, ds, threads, seconds, true);
			}
			engine.close();
		}
	}

	private static void cell(ProcessEngine engine, DataSource ds, int threads, int seconds, boolean print) throws Exception {
		long[] before = count(ds);
		AtomicLong lifecycles = new AtomicLong();
		List<long[]> samples = new ArrayList<>();
		List<Throwable> failures = new ArrayList<>();
		CountDownLatch done = new CountDownLatch(threads);
		long start = System.nanoTime();
		long end = start + seconds * 1_000_000_000L;
		for (int t = 0; t < threads; t++) {
			long[] mine = new long[1_000_000];
			samples.add(mine);
			new Thread(() -> {
				int n = 0;
				try {
					while (System.nanoTime() < end) {
						long at = System.nanoTime();
						String instance = engine.getRuntimeService().startProcessInstanceByKey("dossier").getId();
						n = record(mine, n, at);
						for (int step = 1; step < STEPS; step++) {
							at = System.nanoTime();
							Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
							engine.getTaskService().complete(task.getId());
							n = record(mine, n, at);
						}
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
		done.await();
		double elapsed = (System.nanoTime() - start) / 1e9;
		if (!failures.isEmpty()) {
			throw new IllegalStateException(failures.size() + " threads failed", failures.get(0));
		}
		long[] after = count(ds);
		long finished = after[0] - before[0];
		long tasks = after[1] - before[1];
		if (finished != lifecycles.get() || tasks != finished * (STEPS - 1)) {
			throw new IllegalStateException("%d lifecycles run, %d instances ended with %d task history rows"
				.formatted(lifecycles.get(), finished, tasks));
		}
		if (print) {
			long[] all = samples.stream().flatMapToLong(s -> Arrays.stream(s, 0, (int) s[s.length - 1])).sorted().toArray();
			long count = Math.max(1, lifecycles.get());
			System.out.printf("| (c) Flowable 8, history audit | %d | %.0f | %.0f | %.2f | %.2f | %.1f | %.1f | %d × (1 + 5 tasks) ✓ |%n",
					threads, lifecycles.get() / elapsed, lifecycles.get() * STEPS / elapsed, all[all.length / 2] / 1e6,
					all[(int) (all.length * 0.99)] / 1e6, (after[2] - before[2]) / 1024.0 / count,
					(after[3] - before[3]) / (double) count, finished);
		}
	}

	private static int record(long[] samples, int n, long since) {
		if (n < samples.length - 1) {
			samples[n++] = System.nanoTime() - since;
		}
		return n;
	}

	/**
	 * Ended instances, task history rows, the write-ahead log's position in bytes and the next transaction
	 * id (a transaction gets one when it first writes: the difference counts the writing transactions).
	 */
	private static long[] count(DataSource ds) throws Exception {
		try (Connection c = ds.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("""
						select (select count(*) from act_hi_procinst where end_time_ is not null),
						  (select count(*) from act_hi_taskinst),
						  pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint,
						  pg_snapshot_xmax(pg_current_snapshot())::text::bigint""")) {
			rs.next();
			return new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) };
		}
	}

}
