package vn.motcua;

import java.io.IOException;
import java.io.Reader;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.shared.Backups;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 18's reads on a replica: the application configured with {@code motcua.replica.url}, a real
 * PostgreSQL streaming replica made from the primary's base backup; the public lookup reads from the
 * replica (a dossier the paused replica has not replayed is not found there), intakes write to the
 * primary, and a replica that is away is skipped.
 */
class ReadReplicaIntegrationTests {

	private static final String INTAKE = """
			{"procedureCode":"1.001193","agencyCode":"000.41.00.H55","channel":"DIRECT",
			 "applicant":{"fullName":"Người Đọc Bản Sao %d","phone":"0912 444 %03d"}}""";

	@TempDir
	Path dir;

	@Test
	void theLookupReadsFromTheStreamingReplicaWritesGoToThePrimaryAndAReplicaAwayIsSkipped() throws Exception {
		int replicaPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			replicaPort = socket.getLocalPort();
		}
		try (ConfigurableApplicationContext app = SpringApplication.run(MotCuaApplication.class,
				"--spring.profiles.active=demo", "--server.port=0", "--motcua.embedded-db.data-dir=" + this.dir.resolve("pg"),
				"--motcua.files.dir=" + this.dir.resolve("files"), "--motcua.backup.dir=" + this.dir.resolve("backups"),
				"--motcua.demo.password=" + MotCuaTest.PASSWORD, "--motcua.demo.dossiers=0",
				"--motcua.clock.fixed=" + MotCuaTest.NOW, "--logging.level.root=WARN",
				"--motcua.admin.password-file=" + this.dir.resolve("admin.txt"),
				"--motcua.replica.url=jdbc:postgresql://localhost:" + replicaPort + "/postgres", "--motcua.replica.pause=1s")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			Http desk = Http.basic(port, "xa.phuluong", MotCuaTest.PASSWORD);
			Http citizen = Http.anonymous(port);
			String first = desk.postJson("/api/v1/dossiers", INTAKE.formatted(1, 1)).json("$.code");
			assertThat(citizen.get(lookup(first, 1)).status()).as("no replica yet: the primary answers").isEqualTo(200);

			// the replica: the primary's base backup, started as a standby streaming from it
			Path standby = app.getBean(Backups.class).takeNow().resolve("pg");
			String superuser = superuserPassword(standby);
			Files.writeString(standby.resolve("standby.signal"), "");
			Files.writeString(standby.resolve("postgresql.auto.conf"), "\nprimary_conninfo = 'host=127.0.0.1 port=%d user=postgres password=%s'\n"
				.formatted(app.getBean(EmbeddedPostgres.class).getPort(), superuser), StandardOpenOption.APPEND);
			JdbcClient primary = JdbcClient.create(app.getBean(EmbeddedPostgres.class).getPostgresDatabase());
			try (EmbeddedPostgres replica = EmbeddedPostgres.builder()
				.setDataDirectory(standby)
				.setCleanDataDirectory(false)
				.setPort(replicaPort)
				.setConnectConfig("password", superuser)
				.setPGStartupWait(Duration.ofSeconds(60))
				.start()) {
				DataSource replicaDatabase = replica.getPostgresDatabase();
				JdbcClient onReplica = JdbcClient.create(replicaDatabase);
				assertThat(onReplica.sql("select pg_is_in_recovery()").query(Boolean.class).single()).isTrue();
				await().atMost(Duration.ofSeconds(30)).until(() -> primary
					.sql("select count(*) from pg_stat_replication where state = 'streaming'").query(Long.class).single() == 1);

				onReplica.sql("select pg_wal_replay_pause()").query().listOfRows();
				String second = desk.postJson("/api/v1/dossiers", INTAKE.formatted(2, 2)).json("$.code");
				assertThat(second).as("a write goes to the primary while the replica is paused").isNotNull();
				// read from the replica, which has not replayed it (once the pause of the replica away at first is over)
				await().atMost(Duration.ofSeconds(10)).until(() -> citizen.get(lookup(second, 2)).status() == 404);
				assertThat(citizen.get(lookup(first, 1)).status()).isEqualTo(200);

				onReplica.sql("select pg_wal_replay_resume()").query().listOfRows();
				await().atMost(Duration.ofSeconds(30)).until(() -> citizen.get(lookup(second, 2)).status() == 200);
			}
			// the replica is gone: a read on a connection it dropped answers 503 (Retry-After), the next go to the primary
			String third = desk.postJson("/api/v1/dossiers", INTAKE.formatted(3, 3)).json("$.code");
			List<Integer> answers = new CopyOnWriteArrayList<>();
			await().atMost(Duration.ofSeconds(20)).until(() -> {
				answers.add(citizen.get(lookup(third, 3)).status());
				return answers.get(answers.size() - 1) == 200;
			});
			assertThat(answers).allMatch(status -> status == 200 || status == 503);
			assertThat(Http.anonymous(port).get("/api/v1/public/board?unit=05611").status()).isEqualTo(200);
		}
	}

	private static String lookup(String code, int n) {
		return "/api/v1/public/dossiers/" + code + "?phoneLast4=4" + "%03d".formatted(n);
	}

	private static String superuserPassword(Path dataDir) throws IOException {
		Properties credentials = new Properties();
		try (Reader in = Files.newBufferedReader(dataDir.resolve("motcua.credentials"))) {
			credentials.load(in);
		}
		return credentials.getProperty("superuser.password");
	}

}
