package vn.motcua.calendar.domain;

/**
 * The moon's phases and the sun's longitude after Jean Meeus' formulas (Astronomical Algorithms),
 * in Julian dates of universal time: all the astronomy the lunar calendar needs.
 */
final class Ephemeris {

	/** Mean length of a lunar month in days. */
	static final double SYNODIC_MONTH = 29.530588853;

	/** Julian date of the first new moon of 1900, from which new moons are numbered. */
	static final double NEW_MOON_1900 = 2415021.076998695;

	private static final double RADIAN = Math.PI / 180;

	private Ephemeris() {
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
