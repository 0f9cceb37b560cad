package vn.motcua.dossier.intake;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.processing.DossierView;
import vn.motcua.organization.AgencyView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back office: intake at the counter. Choosing the procedure (or finding the applicant by ID number)
 * reloads the form with the procedure's documents to count, the appointment it would get now and
 * the applicant's particulars; the desk's own agency comes preselected.
 */
@Controller
class IntakePageController {

	private final ReceiveDossier reception;

	private final CounterDesk counter;

	IntakePageController(ReceiveDossier reception, CounterDesk counter) {
		this.reception = reception;
		this.counter = counter;
	}

	@GetMapping("/quan-tri/ho-so/tiep-nhan")
	String intakeForm(@RequestParam(required = false) @Nullable String procedure,
			@RequestParam(required = false) @Nullable String idNumber, @AuthenticationPrincipal Actor actor,
			Model model) {
		IntakeForm form = new IntakeForm();
		if (procedure != null) {
			form.setProcedureCode(procedure.strip());
		}
		if (idNumber != null && !idNumber.isBlank()) {
			form.setIdNumber(idNumber.strip());
			this.counter.applicant(idNumber, actor).ifPresentOrElse(known -> {
				form.setFullName(known.fullName());
				form.setPhone(known.phone() == null ? "" : known.phone());
				form.setEmail(known.email() == null ? "" : known.email());
				form.setAddress(known.address() == null ? "" : known.address());
				model.addAttribute("applicantFound", true);
			}, () -> model.addAttribute("applicantFound", false));
		}
		if (!model.containsAttribute("intakeForm")) {
			model.addAttribute("intakeForm", form);
		}
		return page(actor, model);
	}

	@PostMapping("/quan-tri/ho-so/tiep-nhan")
	String receive(@Valid @ModelAttribute IntakeForm intakeForm, BindingResult result,
			@AuthenticationPrincipal Actor actor, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				List<ProcedureView.RequiredDocument> documents = this.counter.procedure(intakeForm.getProcedureCode())
					.map(ProcedureView::documents)
					.orElse(List.of());
				DossierView dossier = this.reception.receive(intakeForm.request(documents), actor);
				redirect.addFlashAttribute(dossier.status() == DossierStatus.RECEIVED ? "received" : "turnedAway", true);
				return "redirect:/quan-tri/ho-so/" + dossier.code();
			}
			catch (DomainException ex) {
				result.reject(ex.messageKey(), ex.args(), ex.code());
			}
		}
		return page(actor, model);
	}

	private String page(Actor actor, Model model) {
		IntakeForm form = (IntakeForm) model.getAttribute("intakeForm");
		List<AgencyView> agencies = this.counter.agencies(actor);
		if (form != null && form.getAgencyCode().isBlank()) {
			this.counter.ownAgency(actor, agencies).ifPresent(form::setAgencyCode);
		}
		Optional<ProcedureView> procedure = this.counter.procedure(form == null ? null : form.getProcedureCode());
		model.addAttribute("procedures", this.counter.procedures());
		model.addAttribute("chosen", procedure.orElse(null));
		model.addAttribute("appointment", procedure
			.flatMap(p -> this.counter.appointment(p, form.getAgencyCode(), form.getChannel()))
			.orElse(null));
		model.addAttribute("outsideHours", this.counter.outsideOfficeHours(actor));
		model.addAttribute("channels", Channel.values());
		model.addAttribute("deliveries", ResultDelivery.values());
		model.addAttribute("outcomes", IntakeRequest.Outcome.values());
		model.addAttribute("agencies", agencies);
		model.addAttribute("competentAgencies", this.counter.competentAgencies());
		return "dossier/intake";
	}

}
