package vn.motcua.dossier.intake;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import vn.motcua.calendar.Channel;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.processing.DossierView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: intake at the counter. */
@Controller
class IntakePageController {

	private final ReceiveDossier reception;

	private final CatalogueManagement catalogue;

	private final OrganizationManagement organization;

	private final Clock clock;

	IntakePageController(ReceiveDossier reception, CatalogueManagement catalogue, OrganizationManagement organization,
			Clock clock) {
		this.reception = reception;
		this.catalogue = catalogue;
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping("/quan-tri/ho-so/tiep-nhan")
	String intakeForm(@AuthenticationPrincipal Actor actor, Model model) {
		if (!model.containsAttribute("intakeForm")) {
			model.addAttribute("intakeForm", new IntakeForm());
		}
		LocalDate today = LocalDate.now(this.clock);
		UnitScope scope = this.organization.scopeOf(actor);
		model.addAttribute("procedures", this.catalogue.search(null, today));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("outcomes", IntakeRequest.Outcome.values());
		model.addAttribute("agencies",
				this.organization.agenciesOn(today, null).stream().filter(a -> scope.contains(a.unitId())).toList());
		return "dossier/intake";
	}

	@PostMapping("/quan-tri/ho-so/tiep-nhan")
	String receive(@Valid @ModelAttribute IntakeForm intakeForm, BindingResult result,
			@AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				DossierView dossier = this.reception.receive(intakeForm.request(), actor);
				redirect.addFlashAttribute(dossier.status() == DossierStatus.RECEIVED ? "received" : "turnedAway", true);
				return "redirect:/quan-tri/ho-so/" + dossier.code();
			}
			catch (DomainException ex) {
				result.reject(ex.messageKey(), ex.args(), ex.code());
			}
		}
		return intakeForm(actor, model);
	}

}
