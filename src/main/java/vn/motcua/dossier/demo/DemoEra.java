package vn.motcua.dossier.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Days on which demo dossiers are received, the moment past which nothing more happens to them, and
 * the share filed online.
 */
record DemoEra(LocalDate first, LocalDate last, Instant horizon, int onlinePercent) {

	/** @return a random working day of the era: a day off gives the working day before it, or after the first. */
	LocalDate day(Random random, Predicate<LocalDate> workingDay) {
		int days = (int) ChronoUnit.DAYS.between(this.first, this.last) + 1;
		LocalDate day = nearest(this.last.minusDays(random.nextInt(days)), -1, workingDay);
		return day.isBefore(this.first) ? nearest(this.first, 1, workingDay) : day;
	}

	private static LocalDate nearest(LocalDate day, int step, Predicate<LocalDate> workingDay) {
		LocalDate found = day;
		while (!workingDay.test(found)) {
			found = found.plusDays(step);
		}
		return found;
	}

}
