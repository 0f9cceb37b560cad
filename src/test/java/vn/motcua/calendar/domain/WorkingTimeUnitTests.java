package vn.motcua.calendar.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.CalendarDay.DayKind;
import vn.motcua.calendar.WorkingHoursView.CountingConvention;

import static org.assertj.core.api.Assertions.assertThat;

/** Days and office hours of a unit on the official 2024–2026 calendar. */
class WorkingTimeUnitTests {

	private final WorkingTime national = CalendarFixtures.workingTime(OfficeHours.DEFAULT);

	private final WorkingTime saturdays = CalendarFixtures.workingTime(new OfficeHours(LocalTime.of(7, 30),
			LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(17, 0), true, true,
			CountingConvention.CIVIL_CODE));

	@Test
	void eachDayHasTheKindTheCalendarPageShows() {
		assertThat(this.national.kindOf(LocalDate.of(2025, 4, 25))).isEqualTo(DayKind.WORKDAY);
		assertThat(this.national.kindOf(LocalDate.of(2025, 4, 30))).isEqualTo(DayKind.DAY_OFF);
		assertThat(this.national.kindOf(LocalDate.of(2025, 4, 26))).isEqualTo(DayKind.SWAPPED_WORKDAY);
		assertThat(this.national.kindOf(LocalDate.of(2025, 4, 27))).isEqualTo(DayKind.WEEKLY_REST);
		assertThat(this.national.kindOf(LocalDate.of(2025, 5, 10))).isEqualTo(DayKind.WEEKLY_REST);
		assertThat(this.saturdays.kindOf(LocalDate.of(2025, 5, 10))).isEqualTo(DayKind.SATURDAY_MORNING);
		assertThat(this.saturdays.kindOf(LocalDate.of(2025, 5, 11))).isEqualTo(DayKind.WEEKLY_REST);
		assertThat(this.saturdays.kindOf(LocalDate.of(2025, 4, 30))).isEqualTo(DayKind.DAY_OFF);
	}

	@Test
	void aCountedSaturdayHasOnlyItsMorning() {
		LocalDate saturday = LocalDate.of(2025, 5, 10);

		assertThat(this.saturdays.isWorkingDay(saturday)).isTrue();
		assertThat(this.saturdays.opening(saturday)).isEqualTo(saturday.atTime(7, 30));
		assertThat(this.saturdays.closing(saturday)).isEqualTo(saturday.atTime(11, 30));
		assertThat(this.national.isWorkingDay(saturday)).isFalse();
	}

	@Test
	void officeTimeRunsOnlyInsideOfficeHours() {
		LocalDateTime friday = LocalDateTime.of(2025, 5, 9, 16, 0);

		assertThat(this.national.plus(friday, Duration.ofHours(2))).isEqualTo(LocalDateTime.of(2025, 5, 12, 8, 30));
		assertThat(this.saturdays.plus(friday, Duration.ofHours(2))).isEqualTo(LocalDateTime.of(2025, 5, 10, 8, 30));
		assertThat(this.national.plus(friday, Duration.ZERO)).isEqualTo(friday);
		LocalDateTime early = LocalDateTime.of(2025, 5, 12, 6, 0); // before opening, nothing to add: stays
		assertThat(this.national.plus(early, Duration.ZERO)).isEqualTo(early);
		// a span that ends exactly when the morning closes ends there, not after lunch
		assertThat(this.national.plus(early, Duration.ofHours(4))).isEqualTo(LocalDateTime.of(2025, 5, 12, 11, 30));
		assertThat(this.national.plus(early, Duration.ofHours(5))).isEqualTo(LocalDateTime.of(2025, 5, 12, 14, 30));
		assertThat(this.national.plus(early, Duration.ofHours(8))).isEqualTo(LocalDateTime.of(2025, 5, 13, 8, 0));
		assertThat(this.national.between(friday, LocalDateTime.of(2025, 5, 12, 8, 30))).isEqualTo(Duration.ofHours(2));
		assertThat(this.national.between(LocalDateTime.of(2025, 5, 12, 11, 0), LocalDateTime.of(2025, 5, 12, 14, 0)))
			.isEqualTo(Duration.ofMinutes(60));
		assertThat(this.national.between(friday, friday.minusHours(1))).isZero();
	}

	@Test
	void aMomentOutsideOfficeHoursMovesToTheNextOpening() {
		assertThat(this.national.atOrAfter(LocalDateTime.of(2025, 5, 9, 12, 0))).isEqualTo(LocalDateTime.of(2025, 5, 9, 13, 30));
		assertThat(this.national.atOrAfter(LocalDateTime.of(2025, 5, 9, 17, 0))).isEqualTo(LocalDateTime.of(2025, 5, 12, 7, 30));
		assertThat(this.national.atOrAfter(LocalDateTime.of(2025, 5, 9, 9, 0))).isEqualTo(LocalDateTime.of(2025, 5, 9, 9, 0));
		assertThat(this.national.plusWorkingDays(LocalDate.of(2025, 5, 9), 0)).isEqualTo(LocalDate.of(2025, 5, 9));
		assertThat(this.national.nextWorkingDay(LocalDate.of(2025, 4, 29))).isEqualTo(LocalDate.of(2025, 5, 5));
	}

}
