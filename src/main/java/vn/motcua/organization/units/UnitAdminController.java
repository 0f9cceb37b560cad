package vn.motcua.organization.units;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitType;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: administrative units (Đơn vị hành chính). */
@Controller
@RequestMapping("/quan-tri/don-vi")
@AdministratorsOnly
class UnitAdminController {

	private final OrganizationManagement organization;

	private final UnitAdministration administration;

	private final Clock clock;

	UnitAdminController(OrganizationManagement organization, UnitAdministration administration, Clock clock) {
		this.organization = organization;
		this.administration = administration;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		AdminForms.addChoices(model, this.organization);
		model.addAttribute("unitTypesNow", UnitType.offeredOn(LocalDate.now(this.clock)));
	}

	@GetMapping
	String units(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(defaultValue = "false") boolean all, Model model) {
		LocalDate day = date != null ? date : LocalDate.now(this.clock);
		List<UnitView> units = all ? this.organization.allUnits() : this.organization.unitsOn(day, null);
		model.addAttribute("date", day);
		model.addAttribute("all", all);
		model.addAttribute("rows", UnitTree.of(units));
		return "admin/units";
	}

	@GetMapping("/moi")
	String newUnit(Model model) {
		model.addAttribute("unitForm", new UnitForm());
		return "admin/unit-form";
	}

	@GetMapping("/{id}")
	String editUnit(@PathVariable UUID id, Model model) {
		UnitView unit = this.administration.unit(id);
		model.addAttribute("unitForm", UnitForm.of(unit));
		model.addAttribute("unitId", id);
		model.addAttribute("predecessors", this.organization.predecessors(id));
		model.addAttribute("successors", this.organization.successors(id));
		return "admin/unit-form";
	}

	@PostMapping({ "", "/{id}" })
	String saveUnit(@PathVariable(required = false) @Nullable UUID id, @Valid @ModelAttribute UnitForm unitForm,
			BindingResult result, @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
		model.addAttribute("unitId", id);
		return AdminForms.save(result, "admin/unit-form", redirect, () -> id == null
				? this.administration.createUnit(unitForm.details(), actor).name()
				: this.administration.updateUnit(id, unitForm.getVersion(), unitForm.details(), actor).name(),
				"redirect:/quan-tri/don-vi");
	}

}
