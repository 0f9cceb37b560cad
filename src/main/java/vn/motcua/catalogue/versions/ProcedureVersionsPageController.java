package vn.motcua.catalogue.versions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.catalogue.OnlineLevel;
import vn.motcua.catalogue.ProcedureLevel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.catalogue.forms.SampleFormFiles;
import vn.motcua.catalogue.procedures.ProcedureRepository;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: a procedure, its versions, and a new version entered by hand. */
@Controller
@RequestMapping("/quan-tri/thu-tuc/{code}")
class ProcedureVersionsPageController {

	private final ProcedureRepository procedures;

	private final ProcedureVersions versions;

	private final SampleFormFiles sampleForms;

	private final Clock clock;

	ProcedureVersionsPageController(ProcedureRepository procedures, ProcedureVersions versions, SampleFormFiles sampleForms,
			Clock clock) {
		this.procedures = procedures;
		this.versions = versions;
		this.sampleForms = sampleForms;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	String procedure(@PathVariable String code, Model model) {
		List<ProcedureView> versions = this.procedures.versions(code);
		if (versions.isEmpty()) {
			throw new DomainException(Kind.NOT_FOUND, "procedure-not-found", code);
		}
		LocalDate today = LocalDate.now(this.clock);
		ProcedureView shown = this.procedures.procedureOn(code, today)
			.or(() -> this.procedures.procedure(versions.get(0).id()))
			.orElseThrow();
		model.addAttribute("procedure", shown);
		model.addAttribute("sampleForms", this.sampleForms.of(code));
		model.addAttribute("versions", versions);
		if (!model.containsAttribute("procedureForm")) {
			model.addAttribute("procedureForm", ProcedureForm.of(shown, today.plusDays(1)));
		}
		model.addAttribute("levels", ProcedureLevel.offeredOn(today.plusDays(1)));
		model.addAttribute("units", TimeLimitUnit.values());
		model.addAttribute("onlineLevels", OnlineLevel.values());
		model.addAttribute("receiptRules", ReceiptRule.values());
		return "admin/procedure";
	}

	@PostMapping
	@AdministratorsOnly
	String newVersion(@PathVariable String code, @Valid @ModelAttribute ProcedureForm procedureForm,
			BindingResult result, @AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.versions.newVersion(procedureForm.draft(code), actor);
				redirect.addFlashAttribute("saved", procedureForm.getName());
				return "redirect:/quan-tri/thu-tuc/" + code;
			}
			catch (DomainException ex) {
				result.reject(ex.messageKey(), ex.args(), ex.code());
			}
		}
		return procedure(code, model);
	}

}
