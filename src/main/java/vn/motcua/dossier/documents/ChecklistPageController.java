package vn.motcua.dossier.documents;

import java.io.IOException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.domain.Checklist.Reason;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: the checklist on the dossier page, a component scanned or marked. */
@Controller
@RequestMapping("/quan-tri/ho-so/{code}/thanh-phan/{position}")
class ChecklistPageController {

	private final DossierChecklist checklist;

	private final MessageSource messages;

	ChecklistPageController(DossierChecklist checklist, MessageSource messages) {
		this.checklist = checklist;
		this.messages = messages;
	}

	@PostMapping("/quet")
	String scan(@PathVariable String code, @PathVariable int position, @RequestParam MultipartFile file,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) throws IOException {
		return done(code, redirect, () -> this.checklist.scan(code, position,
				file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getSize(), file.getInputStream(),
				actor));
	}

	/** @param reason blank to withdraw the mark. */
	@PostMapping("/ly-do")
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
