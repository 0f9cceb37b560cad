package vn.motcua.calendar.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.calendar.LunarDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Vietnamese lunar calendar against published Vietnamese tables (lịch vạn niên). */
class LunarCalendarUnitTests {

	private final LunarCalendar vietnam = LunarCalendar.vietnam();

	private final LunarCalendar china = new LunarCalendar(8.0);

	@ParameterizedTest(name = "Tết {0}: {1}")
	@CsvSource({ "1968, 1968-01-29", "1985, 1985-01-21", "1986, 1986-02-09", "1987, 1987-01-29", "1988, 1988-02-17",
			"1989, 1989-02-06", "1990, 1990-01-27", "1991, 1991-02-15", "1992, 1992-02-04", "1993, 1993-01-23",
			"1994, 1994-02-10", "1995, 1995-01-31", "1996, 1996-02-19", "1997, 1997-02-07", "1998, 1998-01-28",
			"1999, 1999-02-16", "2000, 2000-02-05", "2001, 2001-01-24", "2002, 2002-02-12", "2003, 2003-02-01",
			"2004, 2004-01-22", "2005, 2005-02-09", "2006, 2006-01-29", "2007, 2007-02-17", "2008, 2008-02-07",
			"2009, 2009-01-26", "2010, 2010-02-14", "2011, 2011-02-03", "2012, 2012-01-23", "2013, 2013-02-10",
			"2014, 2014-01-31", "2015, 2015-02-19", "2016, 2016-02-08", "2017, 2017-01-28", "2018, 2018-02-16",
			"2019, 2019-02-05", "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22",
			"2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26",
			"2029, 2029-02-13", "2030, 2030-02-02" })
	void tetFallsOnThePublishedDay(int lunarYear, LocalDate tet) {
		assertThat(this.vietnam.tet(lunarYear)).isEqualTo(tet);
		assertThat(this.vietnam.toLunar(tet)).isEqualTo(new LunarDate(1, 1, lunarYear, false));
		assertThat(this.vietnam.toLunar(tet.minusDays(1)).year()).isEqualTo(lunarYear - 1);
	}

	@ParameterizedTest(name = "{0}: Viet Nam {1}, China {2}")
	@CsvSource({ "1968, 1968-01-29, 1968-01-30", "1985, 1985-01-21, 1985-02-20", "2007, 2007-02-17, 2007-02-18",
			"2030, 2030-02-02, 2030-02-03" })
	void vietnamAndChinaDifferWhereTheirZonesSplitANewMoonOrALeapMonth(int lunarYear, LocalDate vietnam,
			LocalDate china) {
		assertThat(this.vietnam.tet(lunarYear)).isEqualTo(vietnam);
		assertThat(this.china.tet(lunarYear)).isEqualTo(china);
	}

	@ParameterizedTest(name = "Tết {0}: {1} in UTC+8 (before 08/08/1967), {2} in UTC+7")
	@CsvSource({ "1903, 1903-01-29, 1903-01-28", "1916, 1916-02-04, 1916-02-03", "1935, 1935-02-04, 1935-02-03",
			"1965, 1965-02-02, 1965-02-01" })
	void beforeAugust1967TheCalendarWasCountedInUtcPlus8(int lunarYear, LocalDate tet, LocalDate utc7) {
		assertThat(this.vietnam.tet(lunarYear)).isEqualTo(tet).isEqualTo(this.china.tet(lunarYear));
		assertThat(new LunarCalendar(LunarCalendar.VIETNAM_ZONE).tet(lunarYear)).isEqualTo(utc7);
		assertThat(this.vietnam.toLunar(tet)).isEqualTo(new LunarDate(1, 1, lunarYear, false));
		assertThat(this.vietnam.toLunar(tet.minusDays(1))).extracting(LunarDate::year).isEqualTo(lunarYear - 1);
	}

	@ParameterizedTest(name = "{0}: leap month {1} starts {2}")
	@CsvSource({ "2001, 4, 2001-05-23", "2004, 2, 2004-03-21", "2006, 7, 2006-08-24", "2009, 5, 2009-06-23",
			"2012, 4, 2012-05-21", "2014, 9, 2014-10-24", "2017, 6, 2017-07-23", "2020, 4, 2020-05-23",
			"2023, 2, 2023-03-22", "2025, 6, 2025-07-25" })
	void leapMonthsStartOnThePublishedDay(int lunarYear, int month, LocalDate firstDay) {
		assertThat(this.vietnam.toLunar(firstDay)).isEqualTo(new LunarDate(1, month, lunarYear, true));
		assertThat(this.vietnam.toLunar(firstDay.minusDays(1)))
			.extracting(LunarDate::month, LunarDate::leap)
			.containsExactly(month, false);
		assertThat(this.vietnam.toSolar(new LunarDate(1, month, lunarYear, true))).contains(firstDay);
	}

	@ParameterizedTest(name = "{0} is {1}/{2}/{3}")
	@CsvSource({ "2007-02-17, 1, 1, 2007", "2024-04-18, 10, 3, 2024", "2025-04-07, 10, 3, 2025",
			"2026-04-26, 10, 3, 2026", "2024-09-17, 15, 8, 2024", "2025-10-06, 15, 8, 2025", "2025-01-28, 29, 12, 2024",
			"1900-01-01, 1, 12, 1899", "1900-01-31, 1, 1, 1900" })
	void knownDates(LocalDate solar, int day, int month, int year) {
		assertThat(this.vietnam.toLunar(solar)).isEqualTo(new LunarDate(day, month, year, false));
	}

	@Test
	void lunarDatesThatDoNotExistHaveNoSolarDay() {
		assertThat(this.vietnam.toSolar(new LunarDate(1, 5, 2024, true))).isEmpty(); // 2024 has no leap month
		assertThat(this.vietnam.toSolar(new LunarDate(1, 3, 2025, true))).isEmpty(); // 2025 leaps month 6
		assertThat(this.vietnam.toSolar(new LunarDate(30, 12, 2024, false))).isEmpty(); // month 12 of Giáp Thìn has 29 days
	}

	@Test
	void everyDayFrom1900To2100RoundTripsAndTheLunarDaysRunOnWithoutGaps() {
		LunarDate previous = this.vietnam.toLunar(LunarCalendar.MIN.minusDays(0));
		int days = 0;
		for (LocalDate date = LunarCalendar.MIN; !date.isAfter(LunarCalendar.MAX); date = date.plusDays(1)) {
			LunarDate lunar = this.vietnam.toLunar(date);
			assertThat(this.vietnam.toSolar(lunar)).as("%s = %s", date, lunar).contains(date);
			if (days > 0) {
				boolean nextDay = lunar.day() == previous.day() + 1 && lunar.month() == previous.month()
						&& lunar.leap() == previous.leap() && lunar.year() == previous.year();
				boolean newMonth = lunar.day() == 1 && (previous.day() == 29 || previous.day() == 30);
				assertThat(nextDay || newMonth).as("%s = %s after %s", date, lunar, previous).isTrue();
			}
			previous = lunar;
			days++;
		}
		assertThat(days).isEqualTo(73414);
	}

	@Test
	void datesOutsideTheCheckedRangeAreRefused() {
		assertThatThrownBy(() -> this.vietnam.toLunar(LocalDate.of(1899, 12, 31)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> this.vietnam.toLunar(LocalDate.of(2101, 1, 1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
