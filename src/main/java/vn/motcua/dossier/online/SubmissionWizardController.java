package vn.motcua.dossier.online;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.dossier.domain.SubmissionApplicant;
import vn.motcua.dossier.files.Uploaded;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The online submission wizard of a draft: guide → applicant → documents → review and send. */
@Controller
@RequestMapping("/cong-dan/nop/{id}")
class SubmissionWizardController {

	private final CitizenSubmissions submissions;

	private final SubmissionFiles files;

	private final CatalogueManagement catalogue;

	private final MessageSource messages;

	private final Clock clock;

	SubmissionWizardController(CitizenSubmissions submissions, SubmissionFiles files, CatalogueManagement catalogue,
			MessageSource messages, Clock clock) {
		this.submissions = submissions;
		this.files = files;
		this.catalogue = catalogue;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String wizard(@PathVariable UUID id, @RequestParam(defaultValue = "1") int buoc,
			@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		SubmissionView draft = this.submissions.get(id, citizen.id());
		model.addAttribute("s", draft);
		model.addAttribute("step", Math.max(1, Math.min(4, buoc)));
		model.addAttribute("procedure", this.catalogue.require(draft.procedureCode(), LocalDate.now(this.clock)));
		return "citizen/submit";
	}

	@PostMapping("/nguoi-nop")
	String applicant(@PathVariable UUID id, @RequestParam String fullName,
			@RequestParam(required = false) @Nullable String idNumber, @RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String address, @AuthenticationPrincipal CitizenPrincipal citizen,
			RedirectAttributes redirect) {
		if (fullName.isBlank()) {
			redirect.addFlashAttribute("failure",
					this.messages.getMessage("validation.required", null, LocaleContextHolder.getLocale()));
			return "redirect:/cong-dan/nop/" + id + "?buoc=2";
		}
		return step(id, 3, redirect, () -> this.submissions.saveApplicant(id, citizen.id(),
				SubmissionApplicant.typed(fullName, idNumber, phone, email, address)));
	}

	@PostMapping("/giay-to")
	String addFile(@PathVariable UUID id, @RequestParam int document, @RequestParam MultipartFile file,
			@AuthenticationPrincipal CitizenPrincipal citizen, RedirectAttributes redirect) {
		return step(id, 3, redirect, () -> this.files.add(id, citizen.id(), document, Uploaded.name(file),
				file.getSize(), Uploaded.content(file)));
	}

	@PostMapping("/giay-to/{fileId}/xoa")
	String removeFile(@PathVariable UUID id, @PathVariable UUID fileId, @AuthenticationPrincipal CitizenPrincipal citizen,
			RedirectAttributes redirect) {
		return step(id, 3, redirect, () -> this.files.remove(id, citizen.id(), fileId));
	}

	@PostMapping("/gui")
	String submit(@PathVariable UUID id, @AuthenticationPrincipal CitizenPrincipal citizen, RedirectAttributes redirect) {
		try {
			this.submissions.submit(id, citizen.id());
			redirect.addFlashAttribute("sent", true);
			return "redirect:/cong-dan/ho-so";
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("failure", MessageArguments.text(this.messages, ex));
			return "redirect:/cong-dan/nop/" + id + "?buoc=4";
		}
	}

	private String step(UUID id, int next, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("failure", MessageArguments.text(this.messages, ex));
		}
		return "redirect:/cong-dan/nop/" + id + "?buoc=" + next;
	}

}
