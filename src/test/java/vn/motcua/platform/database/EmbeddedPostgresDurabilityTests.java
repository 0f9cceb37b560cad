package vn.motcua.platform.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database of {@code ./mvnw spring-boot:run}: data survive a restart, commits are
 * durable, and a postmaster orphaned by {@code kill -9} of the JVM does not block the next start.
 */
class EmbeddedPostgresDurabilityTests {

	@TempDir
	Path dataDir;

	@Test
	void dataSurviveARestart() throws Exception {
		var config = new EmbeddedPostgresConfig();
		try (EmbeddedPostgres first = config.embeddedPostgres(this.dataDir.toString(), 0)) {
			execute(first, "create table kept (v text); insert into kept values ('Phú Lương')");
			assertThat(query(first, "show synchronous_commit")).isEqualTo("on");
		}
		try (EmbeddedPostgres second = config.embeddedPostgres(this.dataDir.toString(), 0)) {
			assertThat(query(second, "select v from kept")).isEqualTo("Phú Lương");
		}
	}

	@Test
	void anOrphanedPostmasterIsStoppedBeforeTheNextStart() throws Exception {
		Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), OrphanMaker.class.getName(), this.dataDir.toString())
			.redirectErrorStream(true)
			.start();
		try (var output = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
			assertThat(output.lines().anyMatch(OrphanMaker.READY::equals)).isTrue();
		}
		jvm.destroyForcibly().waitFor(); // kill -9: Spring never closes the database
		ProcessHandle postmaster = StalePostmaster.postmasterOf(this.dataDir).orElseThrow();
		assertThat(postmaster.isAlive()).isTrue();

		try (EmbeddedPostgres restarted = new EmbeddedPostgresConfig().embeddedPostgres(this.dataDir.toString(), 0)) {
			assertThat(postmaster.isAlive()).isFalse();
			assertThat(query(restarted, "select v from kept")).isEqualTo("trước khi kill -9");
		}
	}

	/** Another JVM that starts the database, writes, says so, and waits to be killed. */
	static final class OrphanMaker {

		static final String READY = "orphan-ready";

		public static void main(String[] args) throws Exception {
			EmbeddedPostgres postgres = new EmbeddedPostgresConfig().embeddedPostgres(args[0], 0);
			execute(postgres, "create table kept (v text); insert into kept values ('trước khi kill -9')");
			System.out.println(READY);
			System.out.flush();
			Thread.sleep(120_000);
		}

	}

	@Test
	void noPidFileMeansNothingToStop() throws IOException {
		assertThat(StalePostmaster.stopIfRunning(this.dataDir)).isFalse();
		Files.writeString(this.dataDir.resolve("postmaster.pid"), "not-a-pid\n");
		assertThat(StalePostmaster.stopIfRunning(this.dataDir)).isFalse();
	}

	private static void execute(EmbeddedPostgres postgres, String sql) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String query(EmbeddedPostgres postgres, String sql) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				var rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
