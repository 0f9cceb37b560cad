package vn.motcua.calendar.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.DayKind;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page «Lịch làm việc»: a month of working days, holidays and swapped Saturdays. */
@Controller
class CalendarPageController {

	private final CalendarManagement calendar;

	private final OrganizationManagement organization;

	private final Clock clock;

	CalendarPageController(CalendarManagement calendar, OrganizationManagement organization, Clock clock) {
		this.calendar = calendar;
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping("/lich-lam-viec")
	String month(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Integer month, @RequestParam(required = false) @Nullable String unit,
			Model model) {
		LocalDate today = LocalDate.now(this.clock);
		YearMonth shown = shown(year, month, today);
		List<UnitView> units = this.organization.unitsOn(today, null);
		UUID unitId = units.stream().filter(u -> u.code().equals(unit)).map(UnitView::id).findFirst().orElse(null);
		List<CalendarDay> days = this.calendar.days(shown.atDay(1), shown.atEndOfMonth(), unitId);
		model.addAttribute("shown", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("today", today);
		model.addAttribute("weeks", weeks(days));
		model.addAttribute("special", days.stream().filter(d -> d.reason() != null).toList());
		model.addAttribute("provisional", this.calendar.isProvisional(shown.getYear()));
		model.addAttribute("units", units);
		model.addAttribute("unit", unitId == null ? null : unit);
		model.addAttribute("hours", this.calendar.workingHours(unitId));
		model.addAttribute("weekdays", Arrays.asList(DayOfWeek.values()));
		model.addAttribute("kinds", DayKind.values());
		return "calendar";
	}

	/** The month asked for, kept inside the calendar's range (1900–2100). */
	private static YearMonth shown(@Nullable Integer year, @Nullable Integer month, LocalDate today) {
		int y = year == null ? today.getYear() : Math.max(1900, Math.min(2100, year));
		int m = month == null ? (year == null ? today.getMonthValue() : 1) : Math.max(1, Math.min(12, month));
		return YearMonth.of(y, m);
	}

	/** Monday-first weeks; {@literal null} pads the days before the 1st and after the last. */
	private static List<List<@Nullable CalendarDay>> weeks(List<CalendarDay> days) {
		List<List<@Nullable CalendarDay>> weeks = new ArrayList<>();
		List<@Nullable CalendarDay> week = new ArrayList<>();
		for (int i = 1; i < days.get(0).date().getDayOfWeek().getValue(); i++) {
			week.add(null);
		}
		for (CalendarDay day : days) {
			week.add(day);
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(null);
			}
			weeks.add(week);
		}
		return weeks;
	}

}
