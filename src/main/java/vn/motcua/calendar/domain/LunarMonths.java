package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.util.function.LongToDoubleFunction;

/**
 * Lunar months counted in the zone of their time: the day each new moon falls on, the major solar
 * term of a day, month 11 (the one holding the winter solstice) and the leap month of a 13-month
 * year. Days are Julian day numbers.
 */
final class LunarMonths {

	private static final long EPOCH_JULIAN_DAY = 2440588; // 1970-01-01

	private final LongToDoubleFunction zone;

	/** @param zone hours east of Greenwich on a day (Julian day number). */
	LunarMonths(LongToDoubleFunction zone) {
		this.zone = zone;
	}

	static long julianDay(LocalDate date) {
		return date.toEpochDay() + EPOCH_JULIAN_DAY;
	}

	static LocalDate solarDate(long julianDay) {
		return LocalDate.ofEpochDay(julianDay - EPOCH_JULIAN_DAY);
	}

	/** The day (Julian day number, local zone) of the k-th new moon after 1/1/1900. */
	long newMoonDay(long k) {
		double newMoon = Ephemeris.newMoon(k);
		return (long) Math.floor(newMoon + 0.5 + this.zone.applyAsDouble((long) Math.floor(newMoon + 0.5)) / 24);
	}

	/** The number k of the last new moon on or before {@code dayNumber}. */
	long lastNewMoon(long dayNumber) {
		// the mean month gives k; the true new moon can be a day either side of it
		long k = (long) Math.floor((dayNumber - Ephemeris.NEW_MOON_1900) / Ephemeris.SYNODIC_MONTH) + 1;
		while (newMoonDay(k) > dayNumber) {
			k--;
		}
		while (newMoonDay(k + 1) <= dayNumber) {
			k++;
		}
		return k;
	}

	/** The number k of the new moon nearest to {@code dayNumber}. */
	static long nearestNewMoon(long dayNumber) {
		return (long) Math.floor(0.5 + (dayNumber - Ephemeris.NEW_MOON_1900) / Ephemeris.SYNODIC_MONTH);
	}

	/** The major solar term of a day: sun longitude in twelfths of the circle, 0–11. */
	int sunLongitudeSector(long dayNumber) {
		return (int) Math.floor(Ephemeris.sunLongitude(dayNumber - 0.5 - this.zone.applyAsDouble(dayNumber) / 24) / Math.PI * 6);
	}

	/** The first day of the lunar month holding the winter solstice of solar year {@code yy}. */
	long month11(int yy) {
		long off = julianDay(LocalDate.of(yy, 12, 31)) - 2415021;
		long k = (long) Math.floor(off / Ephemeris.SYNODIC_MONTH);
		long newMoon = newMoonDay(k);
		if (sunLongitudeSector(newMoon) >= 9) {
			newMoon = newMoonDay(k - 1);
		}
		return newMoon;
	}

	/** Months after month 11 (starting {@code a11}) to the leap month: the first without a major term. */
	int leapMonthOffset(long a11) {
		long k = nearestNewMoon(a11);
		int i = 1;
		int arc = sunLongitudeSector(newMoonDay(k + i));
		int last;
		do {
			last = arc;
			i++;
			arc = sunLongitudeSector(newMoonDay(k + i));
		}
		while (arc != last && i < 14);
		return i - 1;
	}

}
