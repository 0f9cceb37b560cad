package vn.motcua.dossier.documents;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.domain.Checklist.Reason;
import vn.motcua.dossier.files.Downloads;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: the checklist on the dossier page, a component scanned, marked or taken from the applicant's store. */
@Controller
@RequestMapping("/quan-tri/ho-so/{code}")
class ChecklistPageController {

	private final DossierChecklist checklist;

	private final MessageSource messages;

	ChecklistPageController(DossierChecklist checklist, MessageSource messages) {
		this.checklist = checklist;
		this.messages = messages;
	}

	@PostMapping("/thanh-phan/{position}/quet")
	String scan(@PathVariable String code, @PathVariable int position, @RequestParam MultipartFile file,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) throws IOException {
		return done(code, redirect, () -> this.checklist.scan(code, position,
				file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getSize(), file.getInputStream(),
				actor));
	}

	/** @param stored a document of the applicant's data store, as the checklist offers it. */
	@PostMapping("/thanh-phan/{position}/tu-kho")
	String fromStore(@PathVariable String code, @PathVariable int position,
			@RequestParam(required = false) @Nullable String stored, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) throws IOException {
		return done(code, redirect, () -> this.checklist.takeFromStore(code, position, storedDocument(stored), actor));
	}

	/** A document the checklist offers from the applicant's data store, to compare before taking it. */
	@GetMapping("/kho-du-lieu/{stored}")
	ResponseEntity<byte[]> applicantDocument(@PathVariable String code, @PathVariable UUID stored,
			@AuthenticationPrincipal Actor actor) {
		return Downloads.attachment(this.checklist.applicantDocument(code, stored, actor));
	}

	/** @return {@literal null} for none chosen, or for what is not a document's identifier. */
	private static @Nullable UUID storedDocument(@Nullable String stored) {
		try {
			return stored == null ? null : UUID.fromString(stored.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** @param reason blank to withdraw the mark. */
	@PostMapping("/thanh-phan/{position}/ly-do")
	String mark(@PathVariable String code, @PathVariable int position, @RequestParam(required = false) @Nullable String reason,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) throws IOException {
		return done(code, redirect, () -> this.checklist.mark(code, position, reason(reason), actor));
	}

	private static @Nullable Reason reason(@Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			return null;
		}
		try {
			return Reason.valueOf(reason);
		}
		catch (IllegalArgumentException ex) {
			throw new DomainException(DomainException.Kind.INVALID, "component-reason-invalid", reason);
		}
	}

	private interface Change {

		void run() throws IOException;

	}

	private String done(String code, RedirectAttributes redirect, Change change) throws IOException {
		try {
			change.run();
			redirect.addFlashAttribute("checklistSaved", true);
		}
		catch (DomainException ex) {
			Locale locale = LocaleContextHolder.getLocale();
			redirect.addFlashAttribute("failure", this.messages.getMessage(ex.messageKey(), ex.args(), ex.code(), locale));
		}
		return "redirect:/quan-tri/ho-so/" + code + "#thanh-phan";
	}

}
