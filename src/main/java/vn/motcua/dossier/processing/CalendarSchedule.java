package vn.motcua.dossier.processing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.ClockStopPeriod;
import vn.motcua.calendar.Deadline;
import vn.motcua.dossier.domain.ClockStopEntry;
import vn.motcua.dossier.domain.Intake;
import vn.motcua.dossier.domain.Schedule;
import vn.motcua.shared.Vietnam;

/** The dossier's {@link Schedule} on the working calendar of its unit. */
public record CalendarSchedule(CalendarManagement calendar, Intake intake) implements Schedule {

	@Override
	public Instant plusWorkingHours(Instant from, double hours) {
		return this.calendar.plusWorkingTime(from, Duration.ofSeconds(Math.round(hours * 3600)), this.intake.unitId())
			.toInstant();
	}

	@Override
	public Duration workingTimeBetween(Instant from, Instant to) {
		return this.calendar.workingTime(from, to, this.intake.unitId());
	}

	@Override
	public Instant closingAfterWorkingDays(Instant from, int days) {
		LocalDate day = this.calendar.plusWorkingDays(LocalDate.ofInstant(from, Vietnam.ZONE), days, this.intake.unitId());
		return this.calendar.endOfDay(day, this.intake.unitId());
	}

	@Override
	public Optional<Instant> dueAfter(Intake intake, List<ClockStopEntry> stops) {
		Deadline deadline = this.calendar.deadline(intake.receivedAt(), intake.timeLimit(), intake.timeUnit(),
				intake.channel(), intake.receiptRules(), intake.unitId(),
				stops.stream().map(s -> new ClockStopPeriod(s.stoppedAt(), s.resumedAt())).toList());
		return Optional.ofNullable(deadline.dueAt()).map(d -> d.toInstant());
	}

}
