package vn.motcua.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch), computed for UTC+7.
 *
 * @param day 1–30.
 * @param month 1–12.
 * @param year the lunar year, which starts at Tết (e.g. 2025 is Ất Tỵ).
 * @param leap whether the month is the leap month (tháng nhuận) of that year.
 */
public record LunarDate(int day, int month, int year, boolean leap) {

	/** @throws IllegalArgumentException for a day outside 1–30 or a month outside 1–12. */
	public LunarDate {
		if (day < 1 || day > 30 || month < 1 || month > 12) {
			throw new IllegalArgumentException("no lunar date " + day + "/" + month + "/" + year);
		}
	}

	/** @return e.g. «1/6 nhuận/2025» or «10/3/2025». */
	@Override
	public String toString() {
		return this.day + "/" + this.month + (this.leap ? " nhuận" : "") + "/" + this.year;
	}

}
