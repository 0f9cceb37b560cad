package vn.motcua.dossier.online;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The citizen starts an online submission: which office to file the procedure at (step 0), among every office where it is filed. */
@Controller
class SubmissionStartController {

	private final StartSubmission submissions;

	private final CatalogueManagement catalogue;

	private final FilingDesks desks;

	private final MessageSource messages;

	private final Clock clock;

	SubmissionStartController(StartSubmission submissions, CatalogueManagement catalogue,
			FilingDesks desks, MessageSource messages, Clock clock) {
		this.submissions = submissions;
		this.catalogue = catalogue;
		this.desks = desks;
		this.messages = messages;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('" + CitizenPrincipal.ROLE + "')")
	@GetMapping("/cong-dan/nop")
	String choose(@RequestParam("thu-tuc") String procedureCode, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		ProcedureView procedure = this.catalogue.require(procedureCode, today);
		model.addAttribute("procedure", procedure);
		model.addAttribute("agencies", this.desks.of(procedure, today));
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
