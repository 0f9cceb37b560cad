package vn.motcua.calendar.deadlines;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.CalendarDay.DayKind;
import vn.motcua.calendar.LunarDate;

import static org.assertj.core.api.Assertions.assertThat;

class MonthGridUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	@Test
	void theMonthShownStaysInsideTheCalendarsRange() {
		assertThat(MonthGrid.shown(null, null, TODAY)).isEqualTo(YearMonth.of(2026, 11));
		assertThat(MonthGrid.shown(2025, null, TODAY)).isEqualTo(YearMonth.of(2025, 1));
		assertThat(MonthGrid.shown(null, 4, TODAY)).isEqualTo(YearMonth.of(2026, 4));
		assertThat(MonthGrid.shown(1800, 13, TODAY)).isEqualTo(YearMonth.of(1900, 12));
		assertThat(MonthGrid.shown(2200, 0, TODAY)).isEqualTo(YearMonth.of(2100, 1));
	}

	@Test
	void weeksStartOnMondayAndArePaddedToSevenDays() {
		// April 2025 starts on a Tuesday and ends on a Wednesday
		List<CalendarDay> april = LocalDate.of(2025, 4, 1)
			.datesUntil(LocalDate.of(2025, 5, 1))
			.map(d -> new CalendarDay(d, true, DayKind.WORKDAY, null, null, new LunarDate(1, 1, 2025, false), false))
			.toList();

		List<List<CalendarDay>> weeks = MonthGrid.weeks(april);

		assertThat(weeks).hasSize(5).allSatisfy(week -> assertThat(week).hasSize(7));
		assertThat(weeks.get(0).get(0)).isNull();
		assertThat(weeks.get(0).get(1).date()).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(weeks.get(4).get(2).date()).isEqualTo(LocalDate.of(2025, 4, 30));
		assertThat(weeks.get(4).subList(3, 7)).containsOnlyNulls();
	}

	@Test
	void aMonthEndingOnSundayHasNoPadding() {
		// August 2025: Friday 1st to Sunday 31st
		List<CalendarDay> august = LocalDate.of(2025, 8, 1)
			.datesUntil(LocalDate.of(2025, 9, 1))
			.map(d -> new CalendarDay(d, true, DayKind.WORKDAY, null, null, new LunarDate(1, 1, 2025, false), false))
			.toList();

		List<List<CalendarDay>> weeks = MonthGrid.weeks(august);

		assertThat(weeks).hasSize(5);
		assertThat(weeks.get(4).get(6).date()).isEqualTo(LocalDate.of(2025, 8, 31));
	}

}
