package vn.motcua.catalogue.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.catalogue.ProcedureView.ProcessStep;
import vn.motcua.catalogue.procedures.ProcedureRepository;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;
import vn.motcua.shared.Role;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: the internal process each agency of the administrator's scope follows for a procedure. */
@Controller
@RequestMapping("/quan-tri/thu-tuc/{code}/quy-trinh")
@AdministratorsOnly
class AgencyProcessPageController {

	private final ProcessTemplates processes;

	private final ProcedureRepository procedures;

	private final OrganizationManagement organization;

	private final MessageSource messages;

	private final Clock clock;

	AgencyProcessPageController(ProcessTemplates processes, ProcedureRepository procedures,
			OrganizationManagement organization, MessageSource messages, Clock clock) {
		this.processes = processes;
		this.procedures = procedures;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String process(@PathVariable String code,
			@RequestParam(required = false) @Nullable String agency, @AuthenticationPrincipal Actor actor, Model model) {
		ProcedureView procedure = this.procedures.require(code, LocalDate.now(this.clock));
		List<AgencyView> agencies = agenciesInScope(actor);
		AgencyView chosen = agencies.stream()
			.filter(a -> a.code().equals(agency))
			.findFirst()
			.orElse(agencies.isEmpty() ? null : agencies.get(0));
		model.addAttribute("procedure", procedure);
		model.addAttribute("agencies", agencies);
		model.addAttribute("agency", chosen);
		model.addAttribute("roles", Role.stepHolders());
		if (!model.containsAttribute("rows")) {
			model.addAttribute("rows", ProcessRows.withBlankRows(
					chosen == null ? List.of() : this.processes.processFor(procedure.id(), chosen.code())));
		}
		return "admin/process";
	}

	@PostMapping
	String saveProcess(@PathVariable String code, @RequestParam String agency,
			@RequestParam List<String> name, @RequestParam List<String> role, @RequestParam List<String> hours,
			@RequestParam List<String> actingAgency, @AuthenticationPrincipal Actor actor, Model model,
			RedirectAttributes redirect) {
		List<ProcessStep> steps = ProcessRows.steps(name, role, hours, actingAgency);
		try {
			this.processes.defineProcess(this.procedures.require(code, LocalDate.now(this.clock)).id(), agency, steps,
					actor);
			redirect.addFlashAttribute("saved", agency);
			return "redirect:/quan-tri/thu-tuc/" + code + "/quy-trinh?agency=" + agency;
		}
		catch (DomainException ex) {
			model.addAttribute("failure", MessageArguments.text(this.messages, ex));
			model.addAttribute("rows", ProcessRows.withBlankRows(steps));
			return process(code, agency, actor, model);
		}
	}

	private List<AgencyView> agenciesInScope(Actor actor) {
		UnitScope scope = this.organization.scopeOf(actor);
		return this.organization.agenciesOn(LocalDate.now(this.clock), null)
			.stream()
			.filter(a -> scope.contains(a.unitId()))
			.toList();
	}

}
