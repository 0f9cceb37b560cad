package vn.motcua.organization.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationAdministration;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitType;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;
import vn.motcua.shared.DomainException;

import org.springframework.dao.OptimisticLockingFailureException;
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

/** Back office: administrative units (Đơn vị hành chính) and agencies (Cơ quan). */
@Controller
@RequestMapping("/quan-tri")
@AdministratorsOnly
class OrganizationAdminController {

	private final OrganizationManagement organization;

	private final OrganizationAdministration administration;

	private final Clock clock;

	OrganizationAdminController(OrganizationManagement organization, OrganizationAdministration administration,
			Clock clock) {
		this.organization = organization;
		this.administration = administration;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("unitTypes", UnitType.values());
		model.addAttribute("agencyKinds", AgencyKind.values());
		model.addAttribute("allUnits", this.organization.allUnits());
	}

	@GetMapping("/don-vi")
	String units(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(defaultValue = "false") boolean all, Model model) {
		LocalDate day = date != null ? date : LocalDate.now(this.clock);
		List<UnitView> units = all ? this.organization.allUnits() : this.organization.unitsOn(day, null);
		model.addAttribute("date", day);
		model.addAttribute("all", all);
		model.addAttribute("rows", UnitTree.of(units));
		return "admin/units";
	}

	@GetMapping("/don-vi/moi")
	String newUnit(Model model) {
		model.addAttribute("unitForm", new UnitForm());
		return "admin/unit-form";
	}

	@GetMapping("/don-vi/{id}")
	String editUnit(@PathVariable UUID id, Model model) {
		UnitView unit = this.organization.unit(id)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "unit-not-found", id));
		model.addAttribute("unitForm", UnitForm.of(unit));
		model.addAttribute("unitId", id);
		model.addAttribute("predecessors", this.organization.predecessors(id));
		model.addAttribute("successors", this.organization.successors(id));
		return "admin/unit-form";
	}

	@PostMapping({ "/don-vi", "/don-vi/{id}" })
	String saveUnit(@PathVariable(required = false) @Nullable UUID id, @Valid @ModelAttribute UnitForm unitForm,
			BindingResult result, @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
		model.addAttribute("unitId", id);
		return save(result, "admin/unit-form", redirect, () -> id == null
				? this.administration.createUnit(unitForm.details(), actor).name()
				: this.administration.updateUnit(id, unitForm.getVersion(), unitForm.details(), actor).name(),
				"redirect:/quan-tri/don-vi");
	}

	@GetMapping("/co-quan")
	String agencies(@RequestParam(defaultValue = "false") boolean all, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		List<AgencyView> agencies = all ? this.organization.allAgencies() : this.organization.agenciesOn(today, null);
		model.addAttribute("all", all);
		model.addAttribute("agencies", agencies.stream()
			.sorted(Comparator.comparing(AgencyView::unitCode).thenComparing(AgencyView::code))
			.toList());
		return "admin/agencies";
	}

	@GetMapping("/co-quan/moi")
	String newAgency(Model model) {
		model.addAttribute("agencyForm", new AgencyForm());
		model.addAttribute("allAgencies", this.organization.allAgencies());
		return "admin/agency-form";
	}

	@GetMapping("/co-quan/{id}")
	String editAgency(@PathVariable UUID id, Model model) {
		AgencyView agency = this.organization.agency(id)
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "agency-not-found", id));
		model.addAttribute("agencyForm", AgencyForm.of(agency));
		model.addAttribute("agencyId", id);
		model.addAttribute("allAgencies", this.organization.allAgencies());
		return "admin/agency-form";
	}

	@PostMapping({ "/co-quan", "/co-quan/{id}" })
	String saveAgency(@PathVariable(required = false) @Nullable UUID id, @Valid @ModelAttribute AgencyForm agencyForm,
			BindingResult result, @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
		model.addAttribute("agencyId", id);
		model.addAttribute("allAgencies", this.organization.allAgencies());
		return save(result, "admin/agency-form", redirect, () -> id == null
				? this.administration.createAgency(agencyForm.details(), actor).name()
				: this.administration.updateAgency(id, agencyForm.getVersion(), agencyForm.details(), actor).name(),
				"redirect:/quan-tri/co-quan");
	}

	/** Saves unless the form is invalid; a refusal goes back to the form with what was typed. */
	private static String save(BindingResult result, String form, RedirectAttributes redirect, Supplier<String> action,
			String success) {
		if (result.hasErrors()) {
			return form;
		}
		try {
			redirect.addFlashAttribute("saved", action.get());
			return success;
		}
		catch (DomainException ex) {
			result.reject(ex.messageKey(), ex.args(), ex.code());
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("error.stale-version");
		}
		return form;
	}

}
