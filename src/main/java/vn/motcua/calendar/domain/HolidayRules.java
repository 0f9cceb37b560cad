package vn.motcua.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.motcua.calendar.LunarDate;

/**
 * The public holidays of Labour Code 2019 Art. 112, with the compensatory days of Art. 111(3):
 * what a year looks like before the government's yearly decision fixes the exact Tết days and the
 * day next to 2 September. Used for years without an official decision, flagged provisional.
 */
public final class HolidayRules {

	static final String LABOUR_CODE = "Bộ luật Lao động 2019, Điều 112 (tạm tính)";

	static final String COMPENSATION = "Bộ luật Lao động 2019, Điều 111 (tạm tính)";

	private final LunarCalendar lunar;

	public HolidayRules(LunarCalendar lunar) {
		this.lunar = lunar;
	}

	/** @return the default days off of {@code year}, in date order, compensatory days included. */
	public List<OfficialDay> defaultDaysOff(int year) {
		Map<LocalDate, String> holidays = new TreeMap<>();
		holidays.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
		LocalDate tet = this.lunar.tet(year);
		for (int i = -1; i <= 3; i++) {
			holidays.put(tet.plusDays(i), "Tết Nguyên đán");
		}
		holidays.put(this.lunar.toSolar(new LunarDate(10, 3, year, false)).orElseThrow(),
				"Giỗ Tổ Hùng Vương (10/3 âm lịch)");
		holidays.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng");
		holidays.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động");
		LocalDate nationalDay = LocalDate.of(year, 9, 2);
		holidays.put(nationalDay, "Quốc khánh");
		// the government picks the adjacent day; by default the one that joins a weekend
		holidays.put(nationalDay.getDayOfWeek() == DayOfWeek.TUESDAY ? nationalDay.minusDays(1) : nationalDay.plusDays(1),
				"Quốc khánh (ngày liền kề)");
		List<OfficialDay> days = new ArrayList<>();
		holidays.forEach((date, name) -> days.add(new OfficialDay(date, true, name, LABOUR_CODE)));
		addCompensatoryDays(holidays, days);
		days.sort((a, b) -> a.date().compareTo(b.date()));
		return days;
	}

	private static void addCompensatoryDays(Map<LocalDate, String> holidays, List<OfficialDay> days) {
		List<LocalDate> taken = new ArrayList<>(holidays.keySet());
		for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
			if (!isWeekend(holiday.getKey())) {
				continue;
			}
			LocalDate compensation = holiday.getKey().plusDays(1);
			while (isWeekend(compensation) || taken.contains(compensation)) {
				compensation = compensation.plusDays(1);
			}
			taken.add(compensation);
			days.add(new OfficialDay(compensation, true, "Nghỉ bù " + holiday.getValue() + " (trùng ngày nghỉ hằng tuần)",
					COMPENSATION));
		}
	}

	private static boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
