package vn.motcua.calendar.deadlines;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.CalendarDay.DayKind;
import vn.motcua.calendar.CalendarManagement;
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
		YearMonth shown = MonthGrid.shown(year, month, today);
		List<UnitView> units = this.organization.unitsOn(today, null);
		UUID unitId = units.stream().filter(u -> u.code().equals(unit)).map(UnitView::id).findFirst().orElse(null);
		List<CalendarDay> days = this.calendar.days(shown.atDay(1), shown.atEndOfMonth(), unitId);
		model.addAttribute("shown", shown);
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("today", today);
		model.addAttribute("weeks", MonthGrid.weeks(days));
		model.addAttribute("special", days.stream().filter(d -> d.reason() != null).toList());
		model.addAttribute("provisional", this.calendar.isProvisional(shown.getYear()));
		model.addAttribute("units", units);
		model.addAttribute("unit", unitId == null ? null : unit);
		model.addAttribute("hours", this.calendar.workingHours(unitId));
		model.addAttribute("weekdays", Arrays.asList(DayOfWeek.values()));
		model.addAttribute("kinds", DayKind.values());
		return "calendar";
	}

}
