package vn.motcua.calendar.memory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;

import vn.motcua.calendar.WorkingHoursView.CountingConvention;
import vn.motcua.calendar.domain.OfficeHours;
import vn.motcua.calendar.domain.OfficialDay;

/** Maps rows of the calendar's tables. */
public final class CalendarRows {

	/** The columns {@link #officialDay} reads, in its order. */
	public static final String OFFICIAL_DAY_COLUMNS = "day, day_off, name, decision";

	private CalendarRows() {
	}

	/** @return the official day of a row of {@code calendar_official_day} read with {@link #OFFICIAL_DAY_COLUMNS}. */
	public static OfficialDay officialDay(ResultSet rs, int rowNum) throws SQLException {
		return new OfficialDay(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3), rs.getString(4));
	}

	/** @return the office hours of a row of {@code calendar_unit_hours}. */
	static OfficeHours officeHours(ResultSet rs) throws SQLException {
		return new OfficeHours(rs.getObject("morning_start", LocalTime.class), rs.getObject("morning_end", LocalTime.class),
				rs.getObject("afternoon_start", LocalTime.class), rs.getObject("afternoon_end", LocalTime.class),
				rs.getBoolean("saturday_reception"), rs.getBoolean("saturday_counts"),
				CountingConvention.valueOf(rs.getString("convention")));
	}

}
