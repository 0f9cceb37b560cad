package bench;

import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.task.api.Task;

/**
 * The BPMN baseline of BENCHMARKS.md: task completions per second of a 5-user-task process in
 * Flowable 8 on an embedded PostgreSQL with synchronous commit, at 1, 8 and 32 threads. A task
 * completion is the engine's equivalent of one dossier transition.
 */
public final class FlowableBaseline {

	private FlowableBaseline() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			.setDataDirectory(Files.createTempDirectory("flowable-bench"))
			.setCleanDataDirectory(true)
			.setServerConfig("synchronous_commit", "on")
			.start(); HikariDataSource ds = new HikariDataSource()) {
			ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
			ds.setUsername("postgres");
			ds.setMaximumPoolSize(40);
			ProcessEngine engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
				.setDataSource(ds)
				.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
				.setAsyncExecutorActivate(false)
				.buildProcessEngine();
			engine.getRepositoryService().createDeployment().addClasspathResource("dossier.bpmn20.xml").deploy();
			System.out.println("| Path | Threads | ops/s |");
			System.out.println("|---|---|---|");
			for (int threads : new int[] { 1, 8, 32 }) {
				measure(engine, threads, seconds);
			}
			engine.close();
		}
	}

	private static void measure(ProcessEngine engine, int threads, int seconds) throws InterruptedException {
		AtomicLong completions = new AtomicLong();
		CountDownLatch done = new CountDownLatch(threads);
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		for (int t = 0; t < threads; t++) {
			new Thread(() -> {
				try {
					String instance = engine.getRuntimeService().startProcessInstanceByKey("dossier").getId();
					while (System.nanoTime() < end) {
						Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
						if (task == null) {
							instance = engine.getRuntimeService().startProcessInstanceByKey("dossier").getId();
							continue;
						}
						engine.getTaskService().complete(task.getId());
						completions.incrementAndGet();
					}
				}
				finally {
					done.countDown();
				}
			}).start();
		}
		done.await();
		System.out.printf("| Flowable 8: complete a user task (5-task process) | %d | %.0f |%n", threads,
				completions.get() / (double) seconds);
	}

}
