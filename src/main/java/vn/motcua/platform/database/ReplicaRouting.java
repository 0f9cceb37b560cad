package vn.motcua.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes the application's {@code dataSource} a {@link LazyConnectionDataSourceProxy} whose read-only
 * transactions, and the marked reads outside any transaction, go to {@link ReplicaReads}
 * ({@link ReadReplica}), and closes both pools at the end.
 */
final class ReplicaRouting implements DestructionAwareBeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);

	private final Environment environment;

	private @Nullable ReplicaReads reads;

	ReplicaRouting(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String name) {
		if (!"dataSource".equals(name) || !(bean instanceof DataSource primary)
				|| bean instanceof LazyConnectionDataSourceProxy) {
			return bean;
		}
		HikariDataSource pool = hikari(primary);
		var replica = new HikariDataSource();
		replica.setPoolName("replica");
		replica.setJdbcUrl(this.environment.getRequiredProperty("motcua.replica.url"));
		replica.setUsername(this.environment.getProperty("motcua.replica.username", pool == null ? "" : pool.getUsername()));
		replica.setPassword(this.environment.getProperty("motcua.replica.password", pool == null ? "" : pool.getPassword()));
		replica.setMaximumPoolSize(this.environment.getProperty("motcua.replica.pool-size", Integer.class, 10));
		replica.setReadOnly(true);
		replica.setConnectionTimeout(2_000);
		replica.setInitializationFailTimeout(-1); // the application starts without its replica
		ReplicaReads reads = new ReplicaReads(primary, replica,
				this.environment.getProperty("motcua.replica.pause", Duration.class, Duration.ofSeconds(10)).toNanos());
		this.reads = reads;
		var routing = new LazyConnectionDataSourceProxy(primary) {
			/**
			 * A marked read outside any transaction (one statement, as the public lookup, in a read-only
			 * scope that opens none): straight to the reads. Not a transaction being begun inside a marked
			 * call (it is not active yet while it takes its connection): that one the proxy routes.
			 */
			@Override
			public Connection getConnection() throws SQLException {
				return ReadReplica.marked() && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
						&& !TransactionSynchronizationManager.isActualTransactionActive()
						? reads.getConnection() : super.getConnection();
			}
		};
		routing.setReadOnlyDataSource(reads);
		return routing;
	}

	@Override
	public boolean requiresDestruction(Object bean) {
		return bean instanceof LazyConnectionDataSourceProxy;
	}

	@Override
	public void postProcessBeforeDestruction(Object bean, String name) {
		var routing = (LazyConnectionDataSourceProxy) bean;
		for (DataSource pool : new DataSource[] { this.reads, routing.getTargetDataSource() }) {
			if (pool instanceof AutoCloseable closeable) {
				try {
					closeable.close();
				}
				catch (Exception ex) {
					log.warn("Could not close {}: {}", pool, ex.getMessage());
				}
			}
		}
	}

	private static @Nullable HikariDataSource hikari(DataSource dataSource) {
		try {
			return dataSource.isWrapperFor(HikariDataSource.class) ? dataSource.unwrap(HikariDataSource.class) : null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

}
