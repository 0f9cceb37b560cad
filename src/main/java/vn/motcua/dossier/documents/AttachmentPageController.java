package vn.motcua.dossier.documents;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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

/** Back office: the files on the dossier page, uploaded and downloaded. */
@Controller
@RequestMapping("/quan-tri/ho-so/{code}/tep")
class AttachmentPageController {

	private final DossierAttachments attachments;

	private final MessageSource messages;

	AttachmentPageController(DossierAttachments attachments, MessageSource messages) {
		this.attachments = attachments;
		this.messages = messages;
	}

	@PostMapping
	String upload(@PathVariable String code, @RequestParam MultipartFile file,
			@RequestParam(required = false) @Nullable String kind, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) throws IOException {
		try {
			this.attachments.upload(code, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
					file.getSize(), file.getInputStream(), kind, actor);
			redirect.addFlashAttribute("uploaded", file.getOriginalFilename());
		}
		catch (DomainException ex) {
			Locale locale = LocaleContextHolder.getLocale();
			redirect.addFlashAttribute("failure", this.messages.getMessage(ex.messageKey(), ex.args(), ex.code(), locale));
		}
		return "redirect:/quan-tri/ho-so/" + code;
	}

	@GetMapping("/{id}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return Downloads.attachment(this.attachments.download(code, id, actor));
	}

}
