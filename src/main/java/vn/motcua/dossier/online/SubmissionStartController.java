package vn.motcua.dossier.online;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.organization.AgencyKind;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The citizen starts an online submission: which office to file the procedure at (step 0). */
@Controller
class SubmissionStartController {

	private final StartSubmission submissions;

	private final CatalogueManagement catalogue;

	private final OrganizationManagement organization;

	private final MessageSource messages;

	private final Clock clock;

	SubmissionStartController(StartSubmission submissions, CatalogueManagement catalogue,
			OrganizationManagement organization, MessageSource messages, Clock clock) {
		this.submissions = submissions;
		this.catalogue = catalogue;
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/cong-dan/nop")
	String choose(@RequestParam("thu-tuc") String procedureCode, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("procedure", this.catalogue.require(procedureCode, today));
		model.addAttribute("agencies", this.organization.agenciesOn(today, null)
			.stream()
			.filter(a -> a.kind() == AgencyKind.ONE_STOP_DESK)
			.toList());
		return "citizen/choose";
	}

	@PostMapping("/cong-dan/nop")
	String start(@RequestParam String procedureCode, @RequestParam String agencyCode,
			@AuthenticationPrincipal CitizenPrincipal citizen, RedirectAttributes redirect) {
		try {
			UUID draft = this.submissions.start(procedureCode, agencyCode, citizen.id(), citizen.contact(),
					citizen.fullName());
			return "redirect:/cong-dan/nop/" + draft + "?buoc=2";
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("failure", MessageArguments.text(this.messages, ex));
			return "redirect:/cong-dan/ho-so";
		}
	}

}
