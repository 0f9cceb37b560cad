package vn.motcua.portal.media;

import java.io.IOException;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
import vn.motcua.portal.domain.MediaKind;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.PageErrors;

/**
 * The media library's page (Thư viện ảnh, video): the items of the official's units with their
 * thumbnails and the address to use, a form to upload a picture or a video file, one to add a video
 * link; refused, the form keeps what was typed.
 */
@Controller
@RequestMapping("/quan-tri/thu-vien")
class MediaDeskController {

	private final MediaLibrary library;

	private final MessageSource messages;

	MediaDeskController(MediaLibrary library, MessageSource messages) {
		this.library = library;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(name = "loai", required = false) @Nullable MediaKind kind, @AuthenticationPrincipal Actor actor,
			Model model) {
		model.addAttribute("items", this.library.list(kind, actor));
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", MediaKind.values());
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "portal/media";
	}

	@PostMapping
	String upload(@RequestParam(required = false) @Nullable MultipartFile file, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) throws IOException {
		return done(form, redirect, () -> {
			if (file == null || file.isEmpty()) {
				throw new vn.motcua.shared.FieldInvalid("file", "validation.required");
			}
			this.library.upload(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getSize(),
					file.getInputStream(), text(form), actor);
		});
	}

	@PostMapping("/lien-ket")
	String link(@RequestParam Map<String, String> form, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect)
			throws IOException {
		return done(form, redirect, () -> this.library.link(form.get("link"), text(form), actor));
	}

	@PostMapping("/{id}/xoa")
	String remove(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) throws IOException {
		return done(Map.of(), redirect, () -> this.library.remove(id, actor));
	}

	static Media.Text text(Map<String, String> form) {
		return new Media.Text(form.get("title"), form.get("altText"), form.get("credit"));
	}

	private String done(Map<String, String> form, RedirectAttributes redirect, Step step) throws IOException {
		try {
			step.run();
			redirect.addFlashAttribute("done", this.messages.getMessage("media.saved", null, LocaleContextHolder.getLocale()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageErrors.message(ex, this.messages));
			redirect.addFlashAttribute("typed", form);
		}
		return "redirect:/quan-tri/thu-vien";
	}

	private interface Step {

		void run() throws IOException;

	}

}
