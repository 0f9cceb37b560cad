package vn.motcua.dossier.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.UUID;

import vn.motcua.calendar.CalendarManagement;

/** A unit's office time, from the calendar module: every demo action falls inside it. */
record OfficeTime(CalendarManagement calendar, UUID unitId) {

	/** @return a random moment of the morning or afternoon office hours of {@code day}. */
	Instant someMomentOf(LocalDate day, ZoneId zone, Random random) {
		Instant opens = day.atTime(this.calendar.workingHours(this.unitId).morningStart()).atZone(zone).toInstant();
		return after(opens, Duration.ofMinutes(random.nextInt(7 * 60)));
	}

	/** @return the moment {@code working} office time after {@code from}. */
	Instant after(Instant from, Duration working) {
		return this.calendar.plusWorkingTime(from, working, this.unitId).toInstant();
	}

	/** @return {@code share} of the office time between {@code from} and {@code to}, after {@code from}. */
	Instant share(Instant from, Instant to, double share) {
		long seconds = Math.max(Duration.ofMinutes(30).toSeconds(), between(from, to).toSeconds());
		return after(from, Duration.ofSeconds((long) (seconds * share)));
	}

	/** @return the office time between two moments. */
	Duration between(Instant from, Instant to) {
		return to.isAfter(from) ? this.calendar.workingTime(from, to, this.unitId) : Duration.ZERO;
	}

	/** @return {@code hours} of office time after {@code from}, plus up to {@code spread} more. */
	Instant later(Instant from, int hours, int spreadMinutes, Random random) {
		return after(from, Duration.ofHours(hours).plusMinutes(random.nextInt(Math.max(1, spreadMinutes))));
	}

}
