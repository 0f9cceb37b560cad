package vn.motcua.planning.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.shared.FieldInvalid;

/**
 * A period of a periodic report: {@code 2025-M03}, {@code 2025-Q1}, {@code 2025-H1}, {@code 2025-Y1}.
 * Its data are cut off as Decree 09/2019/NĐ-CP Art. 12 says: from the 15th of the month before the
 * period to the 14th of its last month (a year: 15/12 of the year before to 14/12).
 */
public record ReportPeriod(Frequency frequency, int year, int index) {

	private static final Pattern CODE = Pattern.compile("(\\d{4})-([MQHYmqhy])(\\d{1,2})");

	/** @throws FieldInvalid {@code period}, {@code validation.period} when the code is not one. */
	public static ReportPeriod parse(String code) {
		Matcher m = CODE.matcher(code == null ? "" : code.trim());
		Frequency f = m.matches() ? Frequency.ofLetter(m.group(2).charAt(0)) : null;
		int index = f == null ? 0 : Integer.parseInt(m.group(3));
		if (f == null || index < 1 || index > f.perYear()) {
			throw new FieldInvalid("period", "validation.period", code);
		}
		return new ReportPeriod(f, Integer.parseInt(m.group(1)), index);
	}

	/** @return the period of {@code frequency} that contains {@code day}. */
	public static ReportPeriod containing(Frequency frequency, LocalDate day) {
		return new ReportPeriod(frequency, day.getYear(), (day.getMonthValue() - 1) / frequency.months() + 1);
	}

	/** @return the code, {@code 2025-Q1}. */
	public String code() {
		return this.year + "-" + this.frequency.letter() + (this.frequency == Frequency.MONTHLY && this.index < 10 ? "0" : "")
				+ this.index;
	}

	/** @return the period's last month. */
	public YearMonth lastMonth() {
		return YearMonth.of(this.year, this.index * this.frequency.months());
	}

	/** @return the first calendar day of the period. */
	public LocalDate from() {
		return lastMonth().minusMonths(this.frequency.months() - 1L).atDay(1);
	}

	/** @return its number in Roman numerals, as quarters are written ({@code Quý III/2025}). */
	public String roman() {
		return new String[] { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" }[this.index - 1];
	}

	/** @return the last calendar day of the period. */
	public LocalDate to() {
		return lastMonth().atEndOfMonth();
	}

	/** @return the first day of its data (Decree 09/2019 Art. 12): the 15th of the month before it. */
	public LocalDate dataFrom() {
		return YearMonth.from(from()).minusMonths(1).atDay(15);
	}

	/** @return the last day of its data (Decree 09/2019 Art. 12): the 14th of its last month. */
	public LocalDate dataTo() {
		return lastMonth().atDay(14);
	}

	/**
	 * @param day the day of the month the report is due, as the report's own regime sets it.
	 * @param monthsAfter 0 when due in the period's last month, 1 in the month after.
	 * @return the due day, the month's last day when it has fewer days.
	 */
	public LocalDate due(int day, int monthsAfter) {
		YearMonth month = lastMonth().plusMonths(monthsAfter);
		return month.atDay(Math.min(day, month.lengthOfMonth()));
	}

	/** @return the period after this one. */
	public ReportPeriod next() {
		return this.index < this.frequency.perYear() ? new ReportPeriod(this.frequency, this.year, this.index + 1)
				: new ReportPeriod(this.frequency, this.year + 1, 1);
	}

}
