package vn.motcua.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarAdministration;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.CountingConvention;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
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

/** Back office: official days off (Lịch nghỉ lễ) and units' office hours (Giờ làm việc). */
@Controller
@RequestMapping("/quan-tri")
@AdministratorsOnly
class CalendarAdminController {

	private final CalendarAdministration administration;

	private final CalendarManagement calendar;

	private final OrganizationManagement organization;

	private final Clock clock;

	CalendarAdminController(CalendarAdministration administration, CalendarManagement calendar,
			OrganizationManagement organization, Clock clock) {
		this.administration = administration;
		this.calendar = calendar;
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping("/lich-nghi")
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

	@PostMapping("/lich-nghi")
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

	@PostMapping("/lich-nghi/xoa")
	String deleteOfficialDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		this.administration.deleteOfficialDay(date, actor);
		redirect.addFlashAttribute("deleted", date);
		return "redirect:/quan-tri/lich-nghi?year=" + date.getYear();
	}

	@PostMapping("/lich-nghi/ap-dung-mac-dinh")
	String adoptDefault(@RequestParam int year, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		redirect.addFlashAttribute("adopted", this.administration.adoptDefault(year, actor));
		return "redirect:/quan-tri/lich-nghi?year=" + year;
	}

	@GetMapping("/gio-lam-viec")
	String unitHours(@RequestParam(required = false) @Nullable UUID unit, @AuthenticationPrincipal Actor actor,
			Model model) {
		UnitScope scope = this.organization.scopeOf(actor);
		model.addAttribute("units", this.organization.unitsOn(LocalDate.now(this.clock), null)
			.stream()
			.filter(u -> scope.contains(u.id()))
			.toList());
		model.addAttribute("unit", unit);
		model.addAttribute("conventions", CountingConvention.values());
		if (unit != null) {
			var hours = this.calendar.workingHours(unit);
			model.addAttribute("inherited", !unit.equals(hours.inheritedFrom()));
			if (!model.containsAttribute("unitHoursForm")) {
				model.addAttribute("unitHoursForm", UnitHoursForm.of(hours));
			}
		}
		return "admin/unit-hours";
	}

	@PostMapping("/gio-lam-viec")
	String saveUnitHours(@RequestParam UUID unit, @Valid @ModelAttribute UnitHoursForm unitHoursForm,
			BindingResult result, @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.administration.saveUnitHours(unit, unitHoursForm.hours(), actor);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/quan-tri/gio-lam-viec?unit=" + unit;
			}
			catch (DomainException ex) {
				result.reject(ex.messageKey(), ex.args(), ex.code());
			}
		}
		return unitHours(unit, actor, model);
	}

	@PostMapping("/gio-lam-viec/ke-thua")
	String inherit(@RequestParam UUID unit, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		this.administration.inheritUnitHours(unit, actor);
		redirect.addFlashAttribute("inheritedNow", true);
		return "redirect:/quan-tri/gio-lam-viec?unit=" + unit;
	}

}
