package vn.motcua.calendar.holidays;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;
import vn.motcua.shared.DomainException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: official days off (Lịch nghỉ lễ). */
@Controller
@RequestMapping("/quan-tri/lich-nghi")
@AdministratorsOnly
class OfficialDayController {

	private final OfficialDayAdministration administration;

	private final CalendarManagement calendar;

	private final Clock clock;

	OfficialDayController(OfficialDayAdministration administration, CalendarManagement calendar, Clock clock) {
		this.administration = administration;
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping
	String officialDays(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int shown = year == null ? LocalDate.now(this.clock).getYear() : Math.max(1900, Math.min(2100, year));
		if (!model.containsAttribute("officialDayForm")) {
			model.addAttribute("officialDayForm", new OfficialDayForm());
		}
		model.addAttribute("year", shown);
		model.addAttribute("days", this.administration.officialDays(shown));
		model.addAttribute("defaults", this.administration.defaultDaysOff(shown));
		model.addAttribute("provisional", this.calendar.isProvisional(shown));
		return "admin/official-days";
	}

	@PostMapping
	String saveOfficialDay(@Valid @ModelAttribute OfficialDayForm officialDayForm, BindingResult result,
			@AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.saveOfficialDay(officialDayForm.day(), officialDayForm.getReplacing(), actor);
				redirect.addFlashAttribute("saved", officialDayForm.getName());
				return "redirect:/quan-tri/lich-nghi?year=" + officialDayForm.day().date().getYear();
			}
			catch (DomainException ex) {
				result.reject(ex.messageKey(), ex.args(), ex.code());
			}
		}
		LocalDate date = officialDayForm.getDate();
		return officialDays(date == null ? null : date.getYear(), model);
	}

	@PostMapping("/xoa")
	String deleteOfficialDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		this.administration.deleteOfficialDay(date, actor);
		redirect.addFlashAttribute("deleted", date);
		return "redirect:/quan-tri/lich-nghi?year=" + date.getYear();
	}

	@PostMapping("/ap-dung-mac-dinh")
	String adoptDefault(@RequestParam int year, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		redirect.addFlashAttribute("adopted", this.administration.adoptDefault(year, actor));
		return "redirect:/quan-tri/lich-nghi?year=" + year;
	}

}
