package vn.motcua.dossier.online;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.domain.SubmissionApplicant;
import vn.motcua.dossier.files.Uploaded;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;

import org.springframework.context.MessageSource;
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

/**
 * The online submission wizard of a draft: guide → applicant → documents (or, for a birth
 * registration, the electronic declaration) → review, result delivery, commitment and send. A
 * step refused shows its page again with the error next to the field and everything typed.
 */
@Controller
@RequestMapping("/cong-dan/nop/{id}")
class SubmissionWizardController {

	private final CitizenSubmissions submissions;

	private final SubmissionFiles files;

	private final WizardPage page;

	private final MessageSource messages;

	SubmissionWizardController(CitizenSubmissions submissions, SubmissionFiles files, WizardPage page,
			MessageSource messages) {
		this.submissions = submissions;
		this.files = files;
		this.page = page;
		this.messages = messages;
	}

	@GetMapping
	String wizard(@PathVariable UUID id, @RequestParam(defaultValue = "1") int buoc,
			@AuthenticationPrincipal CitizenPrincipal citizen, Model model) {
		return this.page.show(id, citizen.id(), buoc, model);
	}

	@PostMapping("/nguoi-nop")
	String applicant(@PathVariable UUID id, @RequestParam String fullName,
			@RequestParam(required = false) @Nullable String idNumber, @RequestParam(required = false) @Nullable String phone,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String address, @AuthenticationPrincipal CitizenPrincipal citizen,
			Model model) {
		SubmissionApplicant typed = SubmissionApplicant.typed(fullName, idNumber, phone, email, address);
		Map<String, String> errors = new LinkedHashMap<>();
		if (typed.fullName() == null) {
			errors.put("fullName", this.page.text("validation.required"));
		}
		if (typed.idNumber() == null) {
			errors.put("idNumber", this.page.text("validation.required"));
		}
		if (errors.isEmpty()) {
			try {
				this.submissions.saveApplicant(id, citizen.id(), this.page.withVouched(citizen.id(), typed));
				return "redirect:/cong-dan/nop/" + id + "?buoc=3";
			}
			catch (DomainException ex) {
				errors.put(ex.code().startsWith("id-number") ? "idNumber" : "form", text(ex));
			}
		}
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		return this.page.show(id, citizen.id(), 2, model);
	}

	@PostMapping("/giay-to")
	String addFile(@PathVariable UUID id, @RequestParam int document, @RequestParam MultipartFile file,
			@AuthenticationPrincipal CitizenPrincipal citizen, RedirectAttributes redirect) {
		return step(id, 3, redirect, () -> this.files.add(id, citizen.id(), document, Uploaded.name(file),
				file.getSize(), Uploaded.content(file)));
	}

	@PostMapping("/giay-to/tu-kho")
	String reuse(@PathVariable UUID id, @RequestParam int document,
			@RequestParam(required = false) @Nullable UUID stored, @AuthenticationPrincipal CitizenPrincipal citizen,
			RedirectAttributes redirect) {
		return step(id, 3, redirect, () -> this.files.reuse(id, citizen.id(), document, stored));
	}

	@PostMapping("/giay-to/{fileId}/xoa")
	String removeFile(@PathVariable UUID id, @PathVariable UUID fileId, @AuthenticationPrincipal CitizenPrincipal citizen,
			RedirectAttributes redirect) {
		return step(id, 3, redirect, () -> this.files.remove(id, citizen.id(), fileId));
	}

	@PostMapping("/gui")
	String submit(@PathVariable UUID id, @RequestParam(required = false) @Nullable ResultDelivery resultDelivery,
			@RequestParam(required = false) @Nullable String commitment, @AuthenticationPrincipal CitizenPrincipal citizen,
			Model model, RedirectAttributes redirect) {
		try {
			this.submissions.submit(id, citizen.id(), resultDelivery, commitment != null);
			redirect.addFlashAttribute("sent", true);
			return "redirect:/cong-dan/ho-so";
		}
		catch (DomainException ex) {
			String field = switch (ex.code()) {
				case "submission-delivery-missing", "submission-address-missing" -> "resultDelivery";
				case "submission-commitment-missing" -> "commitment";
				default -> "form";
			};
			model.addAttribute("errors", Map.of(field, text(ex)));
			model.addAttribute("chosenDelivery", resultDelivery);
			model.addAttribute("committed", commitment != null);
			return this.page.show(id, citizen.id(), 4, model);
		}
	}

	private String step(UUID id, int next, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("failure", text(ex));
		}
		return "redirect:/cong-dan/nop/" + id + "?buoc=" + next;
	}

	private String text(DomainException ex) {
		return MessageArguments.text(this.messages, ex);
	}

}
