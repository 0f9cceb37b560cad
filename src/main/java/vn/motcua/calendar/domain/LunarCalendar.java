package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.util.Optional;

import vn.motcua.calendar.LunarDate;

/**
 * The Vietnamese lunar calendar by the astronomical method Hồ Ngọc Đức published: new moons and
 * solar terms after Jean Meeus' formulas, days counted in the zone UTC+7. China counts in UTC+8,
 * so a new moon close to midnight can start a month a day apart (Tết 2007: 17/02 here, 18/02
 * there) and a different leap month can put a whole month between them (Tết 1985: 21/01 here,
 * 20/02 there). Month 11 always holds the winter solstice; in a year of 13 months the leap month
 * is the first one without a major solar term.
 */
public final class LunarCalendar {

	/** Viet Nam's zone since 1967 (UTC+7), in hours. */
	public static final double VIETNAM_ZONE = 7.0;

	/** First and last solar dates whose conversion is checked exhaustively. */
	public static final LocalDate MIN = LocalDate.of(1900, 1, 1);

	public static final LocalDate MAX = LocalDate.of(2100, 12, 31);

	private static final long EPOCH_JULIAN_DAY = 2440588; // 1970-01-01

	private static final double SYNODIC_MONTH = 29.530588853;

	private static final double NEW_MOON_1900 = 2415021.076998695;

	private static final double RADIAN = Math.PI / 180;

	private final double zone;

	public LunarCalendar(double zone) {
		this.zone = zone;
	}

	/** The calendar of Viet Nam (UTC+7). */
	public static LunarCalendar vietnam() {
		return new LunarCalendar(VIETNAM_ZONE);
	}

	/**
	 * @param date between {@link #MIN} and {@link #MAX}.
	 * @return the lunar date of that solar day.
	 */
	public LunarDate toLunar(LocalDate date) {
		requireInRange(date);
		long dayNumber = julianDay(date);
		// the mean month gives k; the true new moon can be a day either side of it
		long k = (long) Math.floor((dayNumber - NEW_MOON_1900) / SYNODIC_MONTH);
		long monthStart = newMoonDay(k + 1);
		while (monthStart > dayNumber) {
			k--;
			monthStart = newMoonDay(k + 1);
		}
		while (newMoonDay(k + 2) <= dayNumber) {
			k++;
			monthStart = newMoonDay(k + 1);
		}
		int yy = date.getYear();
		long a11 = lunarMonth11(yy);
		long b11 = a11;
		int lunarYear;
		if (a11 >= monthStart) {
			lunarYear = yy;
			a11 = lunarMonth11(yy - 1);
		}
		else {
			lunarYear = yy + 1;
			b11 = lunarMonth11(yy + 1);
		}
		int day = (int) (dayNumber - monthStart + 1);
		int diff = (int) Math.floor((monthStart - a11) / 29.0);
		boolean leap = false;
		int month = diff + 11;
		if (b11 - a11 > 365) {
			int leapMonthDiff = leapMonthOffset(a11);
			if (diff >= leapMonthDiff) {
				month = diff + 10;
				leap = diff == leapMonthDiff;
			}
		}
		if (month > 12) {
			month -= 12;
		}
		if (month >= 11 && diff < 4) {
			lunarYear -= 1;
		}
		return new LunarDate(day, month, lunarYear, leap);
	}

	/**
	 * @return the solar date, or empty when that lunar date does not exist (a leap month the
	 * year lacks, day 30 of a 29-day month).
	 */
	public Optional<LocalDate> toSolar(LunarDate lunar) {
		int year = lunar.year();
		long a11;
		long b11;
		if (lunar.month() < 11) {
			a11 = lunarMonth11(year - 1);
			b11 = lunarMonth11(year);
		}
		else {
			a11 = lunarMonth11(year);
			b11 = lunarMonth11(year + 1);
		}
		long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
		int offset = lunar.month() - 11;
		if (offset < 0) {
			offset += 12;
		}
		if (b11 - a11 > 365) {
			int leapOffset = leapMonthOffset(a11);
			int leapMonth = leapOffset - 2;
			if (leapMonth < 0) {
				leapMonth += 12;
			}
			if (lunar.leap() && lunar.month() != leapMonth) {
				return Optional.empty();
			}
			if (lunar.leap() || offset >= leapOffset) {
				offset += 1;
			}
		}
		else if (lunar.leap()) {
			return Optional.empty();
		}
		long monthStart = newMoonDay(k + offset);
		long nextMonthStart = newMoonDay(k + offset + 1);
		if (lunar.day() > nextMonthStart - monthStart) {
			return Optional.empty();
		}
		return Optional.of(solarDate(monthStart + lunar.day() - 1));
	}

	/** @return the solar date of Tết (1/1) of a lunar year. */
	public LocalDate tet(int lunarYear) {
		return toSolar(new LunarDate(1, 1, lunarYear, false)).orElseThrow();
	}

	private static void requireInRange(LocalDate date) {
		if (date.isBefore(MIN) || date.isAfter(MAX)) {
			throw new IllegalArgumentException("lunar dates are computed from " + MIN + " to " + MAX + ", not " + date);
		}
	}

	static long julianDay(LocalDate date) {
		return date.toEpochDay() + EPOCH_JULIAN_DAY;
	}

	static LocalDate solarDate(long julianDay) {
		return LocalDate.ofEpochDay(julianDay - EPOCH_JULIAN_DAY);
	}

	/** The day (Julian day number, local zone) of the k-th new moon after 1/1/1900. */
	long newMoonDay(long k) {
		return (long) Math.floor(newMoon(k) + 0.5 + this.zone / 24);
	}

	/** The major solar term of a day: sun longitude in twelfths of the circle, 0–11. */
	int sunLongitudeSector(long dayNumber) {
		return (int) Math.floor(sunLongitude(dayNumber - 0.5 - this.zone / 24) / Math.PI * 6);
	}

	/** The first day of the lunar month holding the winter solstice of solar year {@code yy}. */
	long lunarMonth11(int yy) {
		long off = julianDay(LocalDate.of(yy, 12, 31)) - 2415021;
		long k = (long) Math.floor(off / SYNODIC_MONTH);
		long newMoon = newMoonDay(k);
		if (sunLongitudeSector(newMoon) >= 9) {
			newMoon = newMoonDay(k - 1);
		}
		return newMoon;
	}

	/** Months after month 11 (starting {@code a11}) to the leap month: the first without a major term. */
	int leapMonthOffset(long a11) {
		long k = (long) Math.floor((a11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
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

	/** Julian date (UT) of the k-th new moon after the one of 1/1/1900 (Meeus, chapter 49). */
	static double newMoon(long k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
				+ 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * RADIAN);
		double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
		double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
		double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
		double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * RADIAN) + 0.0021 * Math.sin(2 * RADIAN * m)
				- 0.4068 * Math.sin(mpr * RADIAN) + 0.0161 * Math.sin(RADIAN * 2 * mpr)
				- 0.0004 * Math.sin(RADIAN * 3 * mpr) + 0.0104 * Math.sin(RADIAN * 2 * f)
				- 0.0051 * Math.sin(RADIAN * (m + mpr)) - 0.0074 * Math.sin(RADIAN * (m - mpr))
				+ 0.0004 * Math.sin(RADIAN * (2 * f + m)) - 0.0004 * Math.sin(RADIAN * (2 * f - m))
				- 0.0006 * Math.sin(RADIAN * (2 * f + mpr)) + 0.0010 * Math.sin(RADIAN * (2 * f - mpr))
				+ 0.0005 * Math.sin(RADIAN * (2 * mpr + m));
		double deltaT = t < -11
				? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
				: -0.000278 + 0.000265 * t + 0.000262 * t2;
		return jd1 + c1 - deltaT;
	}

	/** The sun's apparent longitude in radians, 0–2π, at a Julian date. */
	static double sunLongitude(double julianDate) {
		double t = (julianDate - 2451545.0) / 36525;
		double t2 = t * t;
		double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
		double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
		double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(RADIAN * m)
				+ (0.019993 - 0.000101 * t) * Math.sin(RADIAN * 2 * m) + 0.000290 * Math.sin(RADIAN * 3 * m);
		double l = (l0 + dl) * RADIAN;
		return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
	}

}
