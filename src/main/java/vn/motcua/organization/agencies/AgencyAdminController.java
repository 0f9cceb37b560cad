package vn.motcua.organization.agencies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.units.AdminForms;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;

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

/** Back office: agencies (Cơ quan). */
@Controller
@RequestMapping("/quan-tri/co-quan")
@AdministratorsOnly
class AgencyAdminController {

	private final OrganizationManagement organization;

	private final AgencyAdministration administration;

	private final Clock clock;

	AgencyAdminController(OrganizationManagement organization, AgencyAdministration administration, Clock clock) {
		this.organization = organization;
		this.administration = administration;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		AdminForms.addChoices(model, this.organization);
	}

	@GetMapping
	String agencies(@RequestParam(defaultValue = "false") boolean all, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		List<AgencyView> agencies = all ? this.organization.allAgencies() : this.organization.agenciesOn(today, null);
		model.addAttribute("all", all);
		model.addAttribute("agencies", agencies.stream()
			.sorted(Comparator.comparing(AgencyView::unitCode).thenComparing(AgencyView::code))
			.toList());
		return "admin/agencies";
	}

	@GetMapping("/moi")
	String newAgency(Model model) {
		model.addAttribute("agencyForm", new AgencyForm());
		model.addAttribute("allAgencies", this.organization.allAgencies());
		return "admin/agency-form";
	}

	@GetMapping("/{id}")
	String editAgency(@PathVariable UUID id, Model model) {
		AgencyView agency = this.administration.agency(id);
		model.addAttribute("agencyForm", AgencyForm.of(agency));
		model.addAttribute("agencyId", id);
		model.addAttribute("allAgencies", this.organization.allAgencies());
		return "admin/agency-form";
	}

	@PostMapping({ "", "/{id}" })
	String saveAgency(@PathVariable(required = false) @Nullable UUID id, @Valid @ModelAttribute AgencyForm agencyForm,
			BindingResult result, @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
		model.addAttribute("agencyId", id);
		model.addAttribute("allAgencies", this.organization.allAgencies());
		return AdminForms.save(result, "admin/agency-form", redirect, () -> id == null
				? this.administration.createAgency(agencyForm.details(), actor).name()
				: this.administration.updateAgency(id, agencyForm.getVersion(), agencyForm.details(), actor).name(),
				"redirect:/quan-tri/co-quan");
	}

}
