package vn.motcua.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url} the application runs on an embedded PostgreSQL whose
 * data lives in {@code motcua.embedded-db.data-dir} (default {@code ./data/pg}) and survives
 * restarts. An empty data dir means a throw-away database (tests).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedPostgresConfig {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${motcua.embedded-db.data-dir:./data/pg}") String dataDir,
			@Value("${motcua.embedded-db.port:0}") int port) throws IOException {
		var builder = EmbeddedPostgres.builder()
			.setPGStartupWait(Duration.ofSeconds(60))
			.setRegisterShutdownHook(false); // Spring closes it (pg_ctl stop -m fast)
		if (dataDir.isBlank()) {
			builder.setCleanDataDirectory(true);
		}
		else {
			Path dir = Path.of(dataDir).toAbsolutePath().normalize();
			Files.createDirectories(dir);
			StalePostmaster.stopIfRunning(dir);
			builder.setDataDirectory(dir)
				.setCleanDataDirectory(false)
				// zonky's defaults are tuned for throw-away databases: make commits durable
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("max_connections", "100");
			log.info("Embedded PostgreSQL data directory: {}", dir);
		}
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

	@Bean
	HikariDataSource dataSource(EmbeddedPostgres postgres,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
		var dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setMaximumPoolSize(poolSize);
		return dataSource;
	}

}
