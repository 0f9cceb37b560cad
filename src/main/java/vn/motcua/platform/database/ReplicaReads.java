package vn.motcua.platform.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.datasource.AbstractDataSource;

/** Read-only transactions: on the replica when marked and while it answers, else on the primary. */
final class ReplicaReads extends AbstractDataSource implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ReplicaReads.class);

	private final DataSource primary;

	private final HikariDataSource replica;

	private final long pauseNanos;

	private volatile long pausedUntil = System.nanoTime();

	ReplicaReads(DataSource primary, HikariDataSource replica, long pauseNanos) {
		this.primary = primary;
		this.replica = replica;
		this.pauseNanos = pauseNanos;
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (ReadReplica.marked() && System.nanoTime() - this.pausedUntil > 0) {
			try {
				return this.replica.getConnection();
			}
			catch (SQLException ex) {
				this.pausedUntil = System.nanoTime() + this.pauseNanos;
				log.warn("Replica unavailable, reading from the primary for {} s: {}", this.pauseNanos / 1_000_000_000L,
						ex.getMessage());
			}
		}
		return this.primary.getConnection();
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return this.primary.getConnection(username, password);
	}

	@Override
	public void close() {
		this.replica.close();
	}

}
