package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.LongToDoubleFunction;

import vn.motcua.calendar.LunarDate;

/**
 * The Vietnamese lunar calendar by the astronomical method Hồ Ngọc Đức published: new moons and
 * solar terms after Jean Meeus' formulas ({@link Ephemeris}), days counted in the zone UTC+7 — and
 * in UTC+8 before 08/08/1967, when the Government Council of (North) Viet Nam moved the lunar
 * calendar to UTC+7 (so Tết 1903, 1916, 1935 and 1965 fall a day later than UTC+7 would give, and
 * Tết Mậu Thân 1968 on 29/01, a day before China's). China counts in UTC+8, so a new moon close to
 * midnight can start a month a day apart (Tết 2007: 17/02 here, 18/02 there) and a different leap
 * month can put a whole month between them (Tết 1985: 21/01 here, 20/02 there). Month 11 always
 * holds the winter solstice; in a year of 13 months the leap month is the first one without a
 * major solar term.
 */
public final class LunarCalendar {

	/** Viet Nam's zone since 08/08/1967 (UTC+7), in hours. */
	public static final double VIETNAM_ZONE = 7.0;

	/** The zone of Viet Nam's lunar calendar before 08/08/1967 (UTC+8, as China's), in hours. */
	public static final double VIETNAM_ZONE_UNTIL_1967 = 8.0;

	/** The first day of the lunar calendar counted in UTC+7. */
	public static final LocalDate UTC7_FROM = LocalDate.of(1967, 8, 8);

	/** First and last solar dates whose conversion is checked exhaustively. */
	public static final LocalDate MIN = LocalDate.of(1900, 1, 1);

	public static final LocalDate MAX = LocalDate.of(2100, 12, 31);

	private final LunarMonths months;

	/** @param zone the calendar's zone on every day, in hours east of Greenwich. */
	public LunarCalendar(double zone) {
		this(day -> zone);
	}

	private LunarCalendar(LongToDoubleFunction zone) {
		this.months = new LunarMonths(zone);
	}

	/** The calendar of Viet Nam: UTC+8 before 08/08/1967, UTC+7 since. */
	public static LunarCalendar vietnam() {
		long from = LunarMonths.julianDay(UTC7_FROM);
		return new LunarCalendar(day -> day < from ? VIETNAM_ZONE_UNTIL_1967 : VIETNAM_ZONE);
	}

	/**
	 * @param date between {@link #MIN} and {@link #MAX}.
	 * @return the lunar date of that solar day.
	 */
	public LunarDate toLunar(LocalDate date) {
		requireInRange(date);
		long dayNumber = LunarMonths.julianDay(date);
		long monthStart = this.months.newMoonDay(this.months.lastNewMoon(dayNumber));
		int yy = date.getYear();
		long a11 = this.months.month11(yy);
		long b11 = a11;
		int lunarYear;
		if (a11 >= monthStart) {
			lunarYear = yy;
			a11 = this.months.month11(yy - 1);
		}
		else {
			lunarYear = yy + 1;
			b11 = this.months.month11(yy + 1);
		}
		return lunarDate((int) (dayNumber - monthStart + 1), monthStart, a11, b11, lunarYear);
	}

	/** The date in a month starting {@code monthStart} of the lunar year between months 11 {@code a11} and {@code b11}. */
	private LunarDate lunarDate(int day, long monthStart, long a11, long b11, int lunarYear) {
		int diff = (int) Math.floor((monthStart - a11) / 29.0);
		boolean leap = false;
		int month = diff + 11;
		if (b11 - a11 > 365) {
			int leapMonthDiff = this.months.leapMonthOffset(a11);
			if (diff >= leapMonthDiff) {
				month = diff + 10;
				leap = diff == leapMonthDiff;
			}
		}
		if (month > 12) {
			month -= 12;
		}
		return new LunarDate(day, month, month >= 11 && diff < 4 ? lunarYear - 1 : lunarYear, leap);
	}

	/**
	 * @return the solar date, or empty when that lunar date does not exist (a leap month the
	 * year lacks, day 30 of a 29-day month).
	 */
	public Optional<LocalDate> toSolar(LunarDate lunar) {
		int year = lunar.year();
		long a11 = this.months.month11(lunar.month() < 11 ? year - 1 : year);
		long b11 = this.months.month11(lunar.month() < 11 ? year : year + 1);
		OptionalInt offset = monthOffset(lunar, a11, b11 - a11 > 365);
		if (offset.isEmpty()) {
			return Optional.empty();
		}
		return dayOfMonth(LunarMonths.nearestNewMoon(a11) + offset.getAsInt(), lunar.day());
	}

	/**
	 * Months from month 11 (starting {@code a11}) to the lunar date's month, counting the leap
	 * month of a 13-month year; empty for a leap month the year does not have.
	 */
	private OptionalInt monthOffset(LunarDate lunar, long a11, boolean thirteenMonths) {
		int offset = lunar.month() - 11;
		if (offset < 0) {
			offset += 12;
		}
		if (!thirteenMonths) {
			return lunar.leap() ? OptionalInt.empty() : OptionalInt.of(offset);
		}
		int leapOffset = this.months.leapMonthOffset(a11);
		int leapMonth = leapOffset - 2;
		if (leapMonth < 0) {
			leapMonth += 12;
		}
		if (lunar.leap() && lunar.month() != leapMonth) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(lunar.leap() || offset >= leapOffset ? offset + 1 : offset);
	}

	/** The solar date of {@code day} of the month starting at new moon {@code k}, if the month has it. */
	private Optional<LocalDate> dayOfMonth(long k, int day) {
		long monthStart = this.months.newMoonDay(k);
		long nextMonthStart = this.months.newMoonDay(k + 1);
		if (day > nextMonthStart - monthStart) {
			return Optional.empty();
		}
		return Optional.of(LunarMonths.solarDate(monthStart + day - 1));
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

}
