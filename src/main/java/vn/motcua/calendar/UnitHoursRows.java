package vn.motcua.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;

import vn.motcua.calendar.domain.OfficeHours;

/** Maps rows of {@code calendar_unit_hours}. */
final class UnitHoursRows {

	private UnitHoursRows() {
	}

	static OfficeHours map(ResultSet rs) throws SQLException {
		return new OfficeHours(rs.getObject("morning_start", LocalTime.class), rs.getObject("morning_end", LocalTime.class),
				rs.getObject("afternoon_start", LocalTime.class), rs.getObject("afternoon_end", LocalTime.class),
				rs.getBoolean("saturday_reception"), rs.getBoolean("saturday_counts"),
				rs.getObject("same_day_cutoff", LocalTime.class),
				Duration.ofMinutes(rs.getInt("online_near_closing_minutes")),
				CountingConvention.valueOf(rs.getString("convention")));
	}

}
