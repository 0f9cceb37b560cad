package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class HolidayCalendarUnitTests {

	private final HolidayCalendar calendar = CalendarFixtures.nationalCalendar();

	private final WorkingTime time = new WorkingTime(this.calendar, OfficeHours.DEFAULT);

	static Stream<OfficialDay> officialDecisions() {
		return CalendarFixtures.officialDecisions2024To2026().stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("officialDecisions")
	void everyOfficialDecisionOf2024To2026IsHonoured(OfficialDay decision) {
		assertThat(this.time.isWorkingDay(decision.date())).isEqualTo(!decision.dayOff());
		assertThat(this.calendar.entry(decision.date())).contains(decision);
		assertThat(this.calendar.isProvisional(decision.date().getYear())).isFalse();
	}

	@Test
	void decidedYearsHaveNoOtherDaysOffThanWeekends() {
		List<OfficialDay> decisions = CalendarFixtures.officialDecisions2024To2026();
		long workingDays2025 = LocalDate.of(2025, 1, 1).datesUntil(LocalDate.of(2026, 1, 1)).filter(this.time::isWorkingDay).count();
		long weekdays2025 = LocalDate.of(2025, 1, 1)
			.datesUntil(LocalDate.of(2026, 1, 1))
			.filter(d -> d.getDayOfWeek().getValue() <= 5)
			.count();
		long weekdaysOff = decisions.stream()
			.filter(d -> d.date().getYear() == 2025 && d.dayOff() && d.date().getDayOfWeek().getValue() <= 5)
			.count();
		long saturdaysWorked = decisions.stream().filter(d -> d.date().getYear() == 2025 && !d.dayOff()).count();
		assertThat(workingDays2025).isEqualTo(weekdays2025 - weekdaysOff + saturdaysWorked).isEqualTo(250);
	}

	@Test
	void theLabourCodeDefaultAgreesWithTheDecisionsOnTheFixedHolidays() {
		for (int year = 2024; year <= 2026; year++) {
			List<LocalDate> decided = CalendarFixtures.officialDecisions2024To2026()
				.stream()
				.filter(OfficialDay::dayOff)
				.map(OfficialDay::date)
				.toList();
			List<OfficialDay> rules = this.calendar.defaultDaysOff(year);
			LunarCalendar lunar = LunarCalendar.vietnam();
			LocalDate tet = lunar.tet(year);
			assertThat(rules).extracting(OfficialDay::date)
				.contains(LocalDate.of(year, 1, 1), tet, LocalDate.of(year, 4, 30), LocalDate.of(year, 5, 1),
						LocalDate.of(year, 9, 2));
			assertThat(decided).contains(LocalDate.of(year, 1, 1), LocalDate.of(year, 4, 30), LocalDate.of(year, 5, 1),
					LocalDate.of(year, 9, 2));
			assertThat(this.time.isWorkingDay(tet)).as("Tết %s", tet).isFalse(); // Tết 2024 was a Saturday
		}
	}

	@Test
	void hungKingsDayOnASundayGivesTheMondayOff() {
		assertThat(this.calendar.defaultDaysOff(2026)).extracting(OfficialDay::date)
			.contains(LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 27));
		assertThat(this.time.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
	}

	@Test
	void aYearWithoutDecisionFollowsTheLabourCodeAndIsProvisional() {
		assertThat(this.calendar.isProvisional(2027)).isTrue();
		// Tết Đinh Mùi is Saturday 06/02/2027: eve Friday 5, then 6–9, and Saturday and Sunday compensated on 10 and 11
		for (int day = 5; day <= 11; day++) {
			assertThat(this.time.isWorkingDay(LocalDate.of(2027, 2, day))).as("2027-02-%02d", day).isFalse();
		}
		assertThat(this.time.isWorkingDay(LocalDate.of(2027, 2, 12))).isTrue();
		assertThat(this.calendar.entry(LocalDate.of(2027, 2, 10))).get()
			.extracting(OfficialDay::name)
			.asString()
			.startsWith("Nghỉ bù");
		assertThat(this.time.isWorkingDay(LocalDate.of(2027, 4, 16))).as("10/3 Đinh Mùi").isFalse();
	}

	@Test
	void weekendsAreRestDaysUnlessADecisionSwapsThem() {
		assertThat(this.time.isWorkingDay(LocalDate.of(2025, 4, 26))).as("swapped Saturday").isTrue();
		assertThat(this.time.isWorkingDay(LocalDate.of(2025, 4, 19))).as("plain Saturday").isFalse();
		assertThat(this.time.isWorkingDay(LocalDate.of(2025, 4, 20))).as("Sunday").isFalse();
		assertThat(this.time.isWorkingDay(LocalDate.of(2025, 4, 21))).as("Monday").isTrue();
	}

}
