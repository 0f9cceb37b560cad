package vn.motcua.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/** Moments read from a {@code timestamptz} column, {@literal null} for SQL null. */
public final class SqlTimes {

	private SqlTimes() {
	}

	public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant();
	}

	/** @return the moment as the clock of {@code zone} (Asia/Ho_Chi_Minh) shows it. */
	public static @Nullable OffsetDateTime at(ResultSet rs, String column, ZoneId zone) throws SQLException {
		Timestamp ts = rs.getTimestamp(column);
		return ts == null ? null : ts.toInstant().atZone(zone).toOffsetDateTime();
	}

}
