package vn.motcua.platform.database;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database of {@code ./mvnw spring-boot:run}: data survive a restart, commits are
 * durable, nobody connects without a password, the application is not a superuser, a postmaster
 * orphaned by {@code kill -9} of the JVM does not block the next start, and the database of an
 * application that still runs is never stopped by a second one.
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
			assertThat(query(first, "show fsync")).isEqualTo("on");
			assertThat(query(first, "show full_page_writes")).isEqualTo("on");
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
	void nobodyConnectsWithoutAPasswordAndTheApplicationIsNoSuperuser() throws Exception {
		var config = new EmbeddedPostgresConfig();
		try (EmbeddedPostgres postgres = config.embeddedPostgres(this.dataDir.toString(), 0);
				HikariDataSource app = config.dataSource(postgres, 2)) {
			String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
			assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=postgres").close())
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=motcua&password=motcua").close())
				.isInstanceOf(SQLException.class);
			try (Connection connection = app.getConnection(); Statement statement = connection.createStatement()) {
				statement.execute("create extension if not exists pg_trgm; create table mine (id bigserial primary key)");
				var rs = statement.executeQuery("select current_user, rolsuper from pg_roles where rolname = current_user");
				rs.next();
				assertThat(rs.getString(1)).isEqualTo("motcua");
				assertThat(rs.getBoolean(2)).isFalse();
			}
			assertThat(Files.getPosixFilePermissions(this.dataDir.resolve(DatabaseCredentials.FILE_NAME)))
				.containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
		}
	}

	@Test
	void aDirectoryOfAnEarlierVersionIsHandedToTheApplicationRole() throws Exception {
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(this.dataDir)
			.setCleanDataDirectory(false)
			.start()) {
			execute(old, "create table kept (id bigint generated always as identity, v text);"
					+ " create table counted (id bigserial, n int); create sequence free_numbers;"
					+ " insert into kept (v) values ('Phú Lương')");
		}
		var config = new EmbeddedPostgresConfig();
		try (EmbeddedPostgres postgres = config.embeddedPostgres(this.dataDir.toString(), 0);
				HikariDataSource app = config.dataSource(postgres, 2);
				Connection connection = app.getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("insert into kept (v) values ('Động Đạt'); insert into counted (n) values (1);"
					+ " select nextval('free_numbers'); alter table kept add column w text");
			var rs = statement.executeQuery("select count(*) from kept");
			rs.next();
			assertThat(rs.getInt(1)).isEqualTo(2);
			assertThatThrownBy(() -> DriverManager
				.getConnection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres?user=postgres")
				.close()).isInstanceOf(SQLException.class);
		}
	}

	@Test
	void theDatabaseOfARunningApplicationIsNotStoppedByASecondOne() throws Exception {
		try (EmbeddedPostgres running = new EmbeddedPostgresConfig().embeddedPostgres(this.dataDir.toString(), 0)) {
			assertThatThrownBy(() -> new EmbeddedPostgresConfig().embeddedPostgres(this.dataDir.toString(), 0))
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("Another running MotCua");
			assertThat(query(running, "select 'vẫn chạy'")).isEqualTo("vẫn chạy");
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
