package vn.motcua.calendar.domain;

import java.time.LocalDate;
import java.util.List;

import vn.motcua.shared.Csv;

/** The national calendar as seeded: the official decisions of 2024–2026, rules for other years. */
public final class CalendarFixtures {

	private CalendarFixtures() {
	}

	/** @return every row of {@code seed/holidays-vn.csv}. */
	public static List<OfficialDay> officialDecisions2024To2026() {
		return Csv.read(CalendarFixtures.class.getResourceAsStream("/seed/holidays-vn.csv"))
			.stream()
			.map(row -> new OfficialDay(LocalDate.parse(row.get("date")), "day_off".equals(row.get("kind")),
					row.get("name"), row.get("decision")))
			.toList();
	}

	public static HolidayCalendar nationalCalendar() {
		return new HolidayCalendar(officialDecisions2024To2026(), new HolidayRules(LunarCalendar.vietnam()));
	}

	public static WorkingTime workingTime(OfficeHours hours) {
		return new WorkingTime(nationalCalendar(), hours);
	}

	/** The default unit: Monday–Friday, 07:30–11:30 and 13:30–17:00, Civil Code counting. */
	public static DeadlinePolicy defaultDeadlines() {
		return new DeadlinePolicy(workingTime(OfficeHours.DEFAULT));
	}

}
