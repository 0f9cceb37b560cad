package vn.motcua.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url} the application runs on an embedded PostgreSQL whose
 * data lives in {@code motcua.embedded-db.data-dir} (default {@code ./data/pg}) and survives
 * restarts. An empty data dir means a throw-away database (tests). Either way commits are durable
 * ({@code fsync}, synchronous commit), every connection needs a password, and the application
 * connects as its own non-superuser role ({@link AppRole}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfig {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

	/** The password the application's pool uses; set when the database has started. */
	private volatile DatabaseCredentials credentials;

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${motcua.embedded-db.data-dir:./data/pg}") String dataDir,
			@Value("${motcua.embedded-db.port:0}") int port) throws IOException, SQLException {
		var builder = durable(port);
		boolean fresh = true;
		DatabaseCredentials known = null;
		if (dataDir.isBlank()) {
			builder.setCleanDataDirectory(true);
		}
		else {
			Path dir = Path.of(dataDir).toAbsolutePath().normalize();
			Files.createDirectories(dir);
			StalePostmaster.stopIfOrphaned(dir);
			fresh = !Files.exists(dir.resolve("postgresql.conf"));
			known = fresh ? null : DatabaseCredentials.readFrom(dir).orElse(null);
			builder.setDataDirectory(dir).setCleanDataDirectory(false);
			log.info("Embedded PostgreSQL data directory: {}", dir);
		}
		// a directory of an earlier version has no passwords yet: it still trusts, once
		DatabaseCredentials secrets = known != null ? known : DatabaseCredentials.generate();
		return start(builder, secrets, fresh);
	}

	/** zonky's defaults are tuned for throw-away databases: make commits durable. */
	private static EmbeddedPostgres.Builder durable(int port) {
		var builder = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			.setRegisterShutdownHook(false) // Spring closes it (pg_ctl stop -m fast)
			.setServerConfig("fsync", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("wal_compression", "on")
			.setServerConfig("password_encryption", "scram-sha-256")
			.setServerConfig("max_connections", "100");
		return port > 0 ? builder.setPort(port) : builder;
	}

	/** Starts with passwords: a fresh directory is made without ever trusting anyone. */
	private EmbeddedPostgres start(EmbeddedPostgres.Builder builder, DatabaseCredentials secrets, boolean fresh)
			throws IOException, SQLException {
		Path passwordFile = fresh ? secrets.superuserPasswordFile() : null;
		if (passwordFile != null) {
			builder.setLocaleConfig("pwfile", passwordFile.toString())
				.setLocaleConfig("auth-local", "scram-sha-256")
				.setLocaleConfig("auth-host", "scram-sha-256");
		}
		var directory = new AtomicReference<Path>();
		builder.setConnectConfig("password", secrets.superuserPassword())
			.setDataDirectoryCustomizer(dir -> directory.set(dir.toPath()));
		EmbeddedPostgres postgres;
		try {
			postgres = builder.start();
		}
		finally {
			if (passwordFile != null) {
				Files.deleteIfExists(passwordFile);
			}
		}
		AppRole.ensure(postgres, secrets, directory.get());
		secrets.writeTo(directory.get());
		this.credentials = secrets;
		return postgres;
	}

	/** Migrates, then takes the audit log out of the application role's hands ({@link AppRole}). */
	@Bean
	FlywayMigrationStrategy migrateThenProtectAuditLog(EmbeddedPostgres postgres) {
		return flyway -> {
			flyway.migrate();
			try {
				AppRole.protectAuditLog(postgres);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not protect the audit log", ex);
			}
		};
	}

	@Bean
	HikariDataSource dataSource(EmbeddedPostgres postgres,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
		dataSource.setUsername(DatabaseCredentials.APP_ROLE);
		dataSource.setPassword(this.credentials.appPassword());
		dataSource.setMaximumPoolSize(poolSize);
		return dataSource;
	}

}
