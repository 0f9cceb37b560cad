package vn.motcua.calendar.hours;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.WorkingHoursView;
import vn.motcua.calendar.WorkingHoursView.CountingConvention;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;
import vn.motcua.shared.DomainException;

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

/** Back office: units' office hours (Giờ làm việc). */
@Controller
@RequestMapping("/quan-tri/gio-lam-viec")
@AdministratorsOnly
class UnitHoursController {

	private final UnitHoursAdministration administration;

	private final CalendarManagement calendar;

	private final OrganizationManagement organization;

	private final Clock clock;

	UnitHoursController(UnitHoursAdministration administration, CalendarManagement calendar,
			OrganizationManagement organization, Clock clock) {
		this.administration = administration;
		this.calendar = calendar;
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping
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
			WorkingHoursView hours = this.calendar.workingHours(unit);
			model.addAttribute("inherited", !unit.equals(hours.inheritedFrom()));
			if (!model.containsAttribute("unitHoursForm")) {
				model.addAttribute("unitHoursForm", UnitHoursForm.of(hours));
			}
		}
		return "admin/unit-hours";
	}

	@PostMapping
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

	@PostMapping("/ke-thua")
	String inherit(@RequestParam UUID unit, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		this.administration.inheritUnitHours(unit, actor);
		redirect.addFlashAttribute("inheritedNow", true);
		return "redirect:/quan-tri/gio-lam-viec?unit=" + unit;
	}

}
