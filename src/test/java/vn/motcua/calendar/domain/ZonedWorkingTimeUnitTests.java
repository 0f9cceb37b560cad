package vn.motcua.calendar.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.ClockStopMode;
import vn.motcua.calendar.ClockStopPeriod;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.RuleVersion;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.calendar.WorkingHoursView.CountingConvention;
import vn.motcua.shared.Vietnam;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines of moments: the zone turns instants into Viet Nam's local times and back. */
class ZonedWorkingTimeUnitTests {

	private final ZonedWorkingTime time = new ZonedWorkingTime(CalendarFixtures.workingTime(OfficeHours.DEFAULT),
			Vietnam.ZONE);

	private static Instant at(String iso) {
		return OffsetDateTime.parse(iso).toInstant();
	}

	@Test
	void theRulesExampleAsMoments() {
		Deadline deadline = this.time.deadline(at("2025-04-25T09:00:00Z"), 3, TimeLimitUnit.WORKING_DAYS, Channel.DIRECT, Set.of(),
				List.of(), RuleVersion.DECREE_61_2018, ClockStopMode.PAUSE);

		assertThat(deadline.receivedAt()).isEqualTo(OffsetDateTime.parse("2025-04-25T16:00+07:00"));
		assertThat(deadline.countFrom()).isEqualTo(OffsetDateTime.parse("2025-04-25T16:00+07:00"));
		assertThat(deadline.dueAt()).isEqualTo(OffsetDateTime.parse("2025-04-29T17:00+07:00"));
		assertThat(deadline.latestApologyAt()).isEqualTo(OffsetDateTime.parse("2025-04-28T17:00+07:00"));
		assertThat(deadline.movedBy()).isNull();
		assertThat(deadline).extracting(Deadline::amount, Deadline::timeUnit, Deadline::channel, Deadline::convention,
				Deadline::ruleVersion, Deadline::clockStopMode)
			.containsExactly(3, TimeLimitUnit.WORKING_DAYS, Channel.DIRECT, CountingConvention.CIVIL_CODE,
					RuleVersion.DECREE_61_2018, ClockStopMode.PAUSE);
	}

	@Test
	void theRuleThatMovedTheReceiptIsNamed() {
		Deadline deadline = this.time.deadline(at("2025-04-25T09:00:00Z"), 0, TimeLimitUnit.SAME_DAY, Channel.DIRECT,
				Set.of(ReceiptRule.AFTER_15H_NEXT_DAY), List.of(), RuleVersion.DECREE_61_2018, ClockStopMode.PAUSE);

		assertThat(deadline.movedBy()).isEqualTo(ReceiptRule.AFTER_15H_NEXT_DAY);
		assertThat(deadline.countFrom()).isEqualTo(OffsetDateTime.parse("2025-04-26T07:30+07:00"));
		assertThat(deadline.dueAt()).isEqualTo(OffsetDateTime.parse("2025-04-26T17:00+07:00"));
	}

	@Test
	void anOpenClockStopLeavesNoDueMoment() {
		Deadline deadline = this.time.deadline(at("2025-04-25T09:00:00Z"), 3, TimeLimitUnit.WORKING_DAYS, Channel.DIRECT, Set.of(),
				List.of(new ClockStopPeriod(at("2025-04-28T02:00:00Z"), null)), RuleVersion.DECREE_118_2025,
				ClockStopMode.RESTART);

		assertThat(deadline.dueAt()).isNull();
		assertThat(deadline.latestApologyAt()).isNull();
	}

	@Test
	void aResumedClockStopRestartsTheTimeLimit() {
		Deadline deadline = this.time.deadline(at("2025-04-25T09:00:00Z"), 1, TimeLimitUnit.WORKING_DAYS, Channel.DIRECT, Set.of(),
				List.of(new ClockStopPeriod(at("2025-04-28T02:00:00Z"), at("2025-05-06T02:00:00Z"))),
				RuleVersion.DECREE_118_2025, ClockStopMode.RESTART);

		assertThat(deadline.dueAt()).isEqualTo(OffsetDateTime.parse("2025-05-07T17:00+07:00"));
	}

	@Test
	void officeTimeOfMoments() {
		assertThat(this.time.plus(at("2025-05-09T09:00:00Z"), Duration.ofHours(2)))
			.isEqualTo(OffsetDateTime.parse("2025-05-12T08:30+07:00"));
		assertThat(this.time.plus(at("2025-05-09T10:30:00Z"), Duration.ofMinutes(30)))
			.isEqualTo(OffsetDateTime.parse("2025-05-12T08:00+07:00"));
		assertThat(this.time.between(at("2025-05-09T09:00:00Z"), at("2025-05-12T01:30:00Z"))).isEqualTo(Duration.ofHours(2));
	}

}
