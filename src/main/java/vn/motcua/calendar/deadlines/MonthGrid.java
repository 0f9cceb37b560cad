package vn.motcua.calendar.deadlines;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarDay;

/** A month as the calendar page lays it out: Monday-first weeks of seven cells. */
final class MonthGrid {

	private MonthGrid() {
	}

	/** The month asked for, kept inside the calendar's range (1900–2100); this month without one. */
	static YearMonth shown(@Nullable Integer year, @Nullable Integer month, LocalDate today) {
		int y = year == null ? today.getYear() : Math.max(1900, Math.min(2100, year));
		int m = month == null ? (year == null ? today.getMonthValue() : 1) : Math.max(1, Math.min(12, month));
		return YearMonth.of(y, m);
	}

	/** Monday-first weeks; {@literal null} pads the days before the 1st and after the last. */
	static List<List<@Nullable CalendarDay>> weeks(List<CalendarDay> days) {
		List<List<@Nullable CalendarDay>> weeks = new ArrayList<>();
		List<@Nullable CalendarDay> week = new ArrayList<>();
		for (int i = 1; i < days.get(0).date().getDayOfWeek().getValue(); i++) {
			week.add(null);
		}
		for (CalendarDay day : days) {
			week.add(day);
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(null);
			}
			weeks.add(week);
		}
		return weeks;
	}

}
