package vn.motcua.calendar.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.ClockStopMode;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.WorkingHoursView.CountingConvention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.calendar.Channel.DIRECT;
import static vn.motcua.calendar.Channel.ONLINE;
import static vn.motcua.calendar.Channel.POSTAL;
import static vn.motcua.calendar.TimeLimitUnit.CALENDAR_DAYS;
import static vn.motcua.calendar.TimeLimitUnit.SAME_DAY;
import static vn.motcua.calendar.TimeLimitUnit.WORKING_DAYS;
import static vn.motcua.calendar.TimeLimitUnit.WORKING_HOURS;

/** RULES.md §4 on the official 2024–2026 calendar. */
class DeadlinePolicyUnitTests {

	private static final Set<ReceiptRule> NONE = Set.of();

	private final DeadlinePolicy deadlines = CalendarFixtures.defaultDeadlines();

	private static LocalDateTime at(String isoLocal) {
		return LocalDateTime.parse(isoLocal);
	}

	@Test
	void theRulesExampleThreeWorkingDaysFromFridayAfternoonOverASwappedSaturday() {
		assertThat(this.deadlines.dueAt(at("2025-04-25T16:00"), 3, WORKING_DAYS, DIRECT, NONE)).isEqualTo(at("2025-04-29T17:00"));
	}

	@Test
	void underTheWorkingHoursConventionTheResultIsDueAtTheSameHourThreeWorkingDaysLater() {
		var hours = new OfficeHours(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(17, 0),
				false, false, CountingConvention.WORKING_HOURS);
		var policy = new DeadlinePolicy(CalendarFixtures.workingTime(hours));

		assertThat(policy.dueAt(at("2025-04-25T16:00"), 3, WORKING_DAYS, DIRECT, NONE)).isEqualTo(at("2025-04-29T16:00"));
	}

	@Test
	void sameDayProceduresWithTheCutOffReceivedFromFifteenHundredAreDueTheNextWorkingDay() {
		Set<ReceiptRule> cutOff = Set.of(ReceiptRule.AFTER_15H_NEXT_DAY);
		assertThat(this.deadlines.dueAt(at("2025-04-21T14:59"), 0, SAME_DAY, DIRECT, cutOff)).isEqualTo(at("2025-04-21T17:00"));
		assertThat(this.deadlines.dueAt(at("2025-04-21T15:00"), 0, SAME_DAY, DIRECT, cutOff)).isEqualTo(at("2025-04-22T17:00"));
		// Tuesday 29/04/2025 after 15:00: 30/4, 1/5, 2/5 off, then the weekend
		assertThat(this.deadlines.dueAt(at("2025-04-29T15:30"), 0, SAME_DAY, DIRECT, cutOff)).isEqualTo(at("2025-05-05T17:00"));
		// the cut-off moves the day of receipt, so a period in days starts a day later too
		assertThat(this.deadlines.dueAt(at("2025-04-21T15:00"), 2, WORKING_DAYS, POSTAL, cutOff)).isEqualTo(at("2025-04-24T17:00"));
		assertThat(this.deadlines.movedBy(at("2025-04-21T15:00"), DIRECT, cutOff)).contains(ReceiptRule.AFTER_15H_NEXT_DAY);
		// on a day off the day of receipt is already that day: the next working day counts as the first
		assertThat(this.deadlines.dueAt(at("2026-11-29T16:00"), 1, WORKING_DAYS, ONLINE, cutOff)).isEqualTo(at("2026-11-30T17:00"));
	}

	@Test
	void withoutTheCutOffASameDayProcedureIsDueAtClosingOfTheDayItCame() {
		assertThat(this.deadlines.dueAt(at("2025-04-21T16:30"), 0, SAME_DAY, DIRECT, NONE)).isEqualTo(at("2025-04-21T17:00"));
		assertThat(this.deadlines.dueAt(at("2025-04-21T17:30"), 0, SAME_DAY, DIRECT, NONE)).isEqualTo(at("2025-04-22T17:00"));
		assertThat(this.deadlines.movedBy(at("2025-04-21T16:30"), DIRECT, NONE)).isEmpty();
	}

	@Test
	void anOnlineDossierInTheLastHourCountsFromTheNextWorkingDayWhereItsProcedureSaysSo() {
		Set<ReceiptRule> lastHour = Set.of(ReceiptRule.ONLINE_LAST_HOUR_NEXT_DAY);
		assertThat(this.deadlines.countFrom(at("2025-04-25T16:00"), ONLINE, lastHour)).isEqualTo(at("2025-04-26T07:30"));
		assertThat(this.deadlines.countFrom(at("2025-04-25T15:59"), ONLINE, lastHour)).isEqualTo(at("2025-04-25T15:59"));
		assertThat(this.deadlines.dueAt(at("2025-04-25T16:30"), 3, WORKING_DAYS, ONLINE, lastHour)).isEqualTo(at("2025-05-05T17:00"));
		assertThat(this.deadlines.dueAt(at("2025-04-25T16:30"), 3, WORKING_DAYS, DIRECT, lastHour)).isEqualTo(at("2025-04-29T17:00"));
		assertThat(this.deadlines.dueAt(at("2025-04-25T16:30"), 3, WORKING_DAYS, ONLINE, NONE)).isEqualTo(at("2025-04-29T17:00"));
		// later the same evening too, but not on a day off (that day is already the day of receipt)
		assertThat(this.deadlines.countFrom(at("2025-04-25T21:00"), ONLINE, lastHour)).isEqualTo(at("2025-04-26T07:30"));
		assertThat(this.deadlines.movedBy(at("2026-11-29T16:30"), ONLINE, lastHour)).isEmpty();
	}

	@Test
	void anOnlineDossierFiledOutsideOfficeHoursCountsAsReceivedAtTheNextOpeningWhereItsProcedureSaysSo() {
		Set<ReceiptRule> afterHours = Set.of(ReceiptRule.ONLINE_AFTER_HOURS_NEXT_OPENING);
		// Monday 30/11/2026 at 18:00: received on Tuesday, so three working days end on Friday
		assertThat(this.deadlines.dueAt(at("2026-11-30T18:00"), 3, WORKING_DAYS, ONLINE, afterHours)).isEqualTo(at("2026-12-04T17:00"));
		assertThat(this.deadlines.dueAt(at("2026-11-30T18:00"), 3, WORKING_DAYS, DIRECT, afterHours)).isEqualTo(at("2026-12-03T17:00"));
		assertThat(this.deadlines.dueAt(at("2026-11-29T10:00"), 3, WORKING_DAYS, ONLINE, afterHours)).isEqualTo(at("2026-12-03T17:00"));
		assertThat(this.deadlines.movedBy(at("2026-11-30T12:00"), ONLINE, afterHours)).contains(ReceiptRule.ONLINE_AFTER_HOURS_NEXT_OPENING);
		assertThat(this.deadlines.deemedReceived(at("2026-11-30T12:00"), ONLINE, afterHours)).isEqualTo(at("2026-11-30T13:30"));
		assertThat(this.deadlines.movedBy(at("2026-11-30T10:00"), ONLINE, afterHours)).isEmpty();
	}

	@Test
	void aDossierReceivedOnADayOffCountsFromTheNextOpening() {
		assertThat(this.deadlines.countFrom(at("2025-04-27T10:00"), ONLINE, NONE)).isEqualTo(at("2025-04-28T07:30"));
		assertThat(this.deadlines.countFrom(at("2025-04-28T12:00"), POSTAL, NONE)).isEqualTo(at("2025-04-28T13:30"));
		assertThat(this.deadlines.countFrom(at("2025-04-28T06:00"), DIRECT, NONE)).isEqualTo(at("2025-04-28T07:30"));
	}

	@Test
	void aPeriodStartsTheDayAfterTheDayOfReceiptEvenOutsideOfficeHours() {
		// Sunday 29/11/2026: the period's first day is Monday 30/11, not the day after Monday's opening
		assertThat(this.deadlines.dueAt(at("2026-11-29T10:00"), 15, CALENDAR_DAYS, DIRECT, NONE)).isEqualTo(at("2026-12-14T17:00"));
		assertThat(this.deadlines.dueAt(at("2026-11-29T10:00"), 3, WORKING_DAYS, DIRECT, NONE)).isEqualTo(at("2026-12-02T17:00"));
		// after closing on Monday 30/11: Tuesday is the first day
		assertThat(this.deadlines.dueAt(at("2026-11-30T18:00"), 3, WORKING_DAYS, DIRECT, NONE)).isEqualTo(at("2026-12-03T17:00"));
		assertThat(this.deadlines.dueAt(at("2026-11-30T18:00"), 0, WORKING_DAYS, DIRECT, NONE)).isEqualTo(at("2026-12-01T17:00"));
		assertThat(this.deadlines.countFrom(at("2026-11-29T10:00"), DIRECT, NONE)).isEqualTo(at("2026-11-30T07:30"));
	}

	@Test
	void workingDaysSkipTet() {
		assertThat(this.deadlines.dueAt(at("2025-01-24T10:00"), 3, WORKING_DAYS, DIRECT, NONE)).isEqualTo(at("2025-02-05T17:00"));
	}

	@Test
	void aSwappedSaturdayIsAWorkingDayAndItsMondayIsNot() {
		assertThat(this.deadlines.dueAt(at("2026-08-21T09:00"), 2, WORKING_DAYS, DIRECT, NONE)).isEqualTo(at("2026-08-24T17:00"));
		assertThat(this.deadlines.dueAt(at("2026-08-28T09:00"), 1, WORKING_DAYS, DIRECT, NONE)).isEqualTo(at("2026-09-03T17:00"));
	}

	@Test
	void calendarDaysEndingOnADayOffMoveToTheNextWorkingDay() {
		assertThat(this.deadlines.dueAt(at("2025-04-21T09:00"), 15, CALENDAR_DAYS, DIRECT, NONE)).isEqualTo(at("2025-05-06T17:00"));
		assertThat(this.deadlines.dueAt(at("2025-04-16T09:00"), 15, CALENDAR_DAYS, DIRECT, NONE)).isEqualTo(at("2025-05-05T17:00"));
	}

	@Test
	void workingHoursRunInsideOfficeHoursOnly() {
		assertThat(this.deadlines.dueAt(at("2025-04-25T16:00"), 8, WORKING_HOURS, DIRECT, NONE)).isEqualTo(at("2025-04-26T16:30"));
		assertThat(this.deadlines.dueAt(at("2025-04-21T11:00"), 1, WORKING_HOURS, DIRECT, NONE)).isEqualTo(at("2025-04-21T14:00"));
	}

	@Test
	void saturdayMorningsCountWhereTheUnitSaysSo() {
		var hours = new OfficeHours(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 30), LocalTime.of(17, 0),
				true, true, CountingConvention.CIVIL_CODE);
		var policy = new DeadlinePolicy(CalendarFixtures.workingTime(hours));

		assertThat(policy.dueAt(at("2025-04-18T16:00"), 1, WORKING_DAYS, DIRECT, NONE)).isEqualTo(at("2025-04-19T11:30"));
		assertThat(policy.dueAt(at("2025-04-18T16:00"), 2, WORKING_DAYS, DIRECT, NONE)).isEqualTo(at("2025-04-21T17:00"));
	}

	@Test
	void aPausedClockMovesTheDeadlineByTheWorkingTimeItStoodStill() {
		var stop = new ClockStop(at("2025-06-03T08:00"), at("2025-06-05T08:00"));

		assertThat(this.deadlines.dueAt(at("2025-06-02T08:00"), 5, WORKING_DAYS, DIRECT, NONE)).isEqualTo(at("2025-06-09T17:00"));
		assertThat(this.deadlines.dueAt(at("2025-06-02T08:00"), 5, WORKING_DAYS, DIRECT, NONE, List.of(stop), ClockStopMode.PAUSE))
			.contains(at("2025-06-11T17:00"));
	}

	@Test
	void aRestartedClockCountsTheWholeLimitAgainFromTheCompleteDossier() {
		var stop = new ClockStop(at("2025-06-03T08:00"), at("2025-06-05T08:00"));

		assertThat(this.deadlines.dueAt(at("2025-06-02T08:00"), 5, WORKING_DAYS, DIRECT, NONE, List.of(stop), ClockStopMode.RESTART))
			.contains(at("2025-06-12T17:00"));
	}

	@Test
	void whileTheClockStandsStillThereIsNoDeadline() {
		var open = new ClockStop(at("2025-06-03T08:00"), null);

		assertThat(this.deadlines.dueAt(at("2025-06-02T08:00"), 5, WORKING_DAYS, DIRECT, NONE, List.of(open), ClockStopMode.PAUSE))
			.isEmpty();
	}

	@Test
	void clockStopsMustFollowTheReceiptAndEachOther() {
		var early = new ClockStop(at("2025-06-01T08:00"), at("2025-06-05T08:00"));

		assertThatThrownBy(() -> this.deadlines.dueAt(at("2025-06-02T08:00"), 5, WORKING_DAYS, DIRECT, NONE, List.of(early),
				ClockStopMode.PAUSE))
			.isInstanceOf(CalendarRuleViolated.class);
		assertThatThrownBy(() -> new ClockStop(at("2025-06-05T08:00"), at("2025-06-04T08:00")))
			.isInstanceOf(CalendarRuleViolated.class);
		assertThatThrownBy(() -> this.deadlines.dueAt(at("2025-06-02T08:00"), -1, WORKING_DAYS, DIRECT, NONE))
			.isInstanceOf(CalendarRuleViolated.class);
	}

	@Test
	void workingTimeBetweenTwoMomentsCountsOfficeHoursOnly() {
		var time = CalendarFixtures.workingTime(OfficeHours.DEFAULT);

		assertThat(time.between(at("2025-04-25T16:00"), at("2025-04-29T09:00"))).isEqualTo(Duration.ofMinutes(17 * 60 + 30));
		assertThat(time.between(at("2025-04-29T09:00"), at("2025-04-25T16:00"))).isZero();
		assertThat(time.between(at("2025-04-30T08:00"), at("2025-05-02T17:00"))).isZero();
	}

	@Test
	void anApologyIsDueOneWorkingDayBeforeTheDeadline() {
		assertThat(this.deadlines.latestApology(at("2025-04-29T17:00"))).isEqualTo(at("2025-04-28T17:00"));
		assertThat(this.deadlines.latestApology(at("2025-05-05T17:00"))).isEqualTo(at("2025-04-29T17:00"));
	}

}
