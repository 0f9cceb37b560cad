package vn.motcua.parindex.assessment;

import java.io.IOException;
import java.util.UUID;

import vn.motcua.shared.PageErrors;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Uploads;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/** On a unit's assessment page: evidence files attached to its leaves, and downloaded by its readers. */
@Controller
@RequestMapping("/quan-tri/chi-so-cchc/{id}/don-vi/{unitCode}")
class EvidencePageController {

	private final Evidence evidence;

	private final EvidenceLinks links;

	private final MessageSource messages;

	EvidencePageController(Evidence evidence, EvidenceLinks links, MessageSource messages) {
		this.evidence = evidence;
		this.links = links;
		this.messages = messages;
	}

	@PostMapping("/minh-chung")
	String attach(@PathVariable UUID id, @PathVariable String unitCode, @RequestParam String code,
			@RequestParam MultipartFile file, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect)
			throws IOException {
		try {
			String name = file.getOriginalFilename() == null ? "minh-chung" : file.getOriginalFilename();
			this.evidence.attach(id, unitCode, code, name, file.getSize(), file.getInputStream(), actor);
			redirect.addFlashAttribute("attached", name);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageErrors.describe(ex, this.messages));
		}
		return AssessmentPageController.back(id, unitCode);
	}

	/** @param record {@code KIND:id} of one of the unit's records. */
	@PostMapping("/lien-ket")
	String link(@PathVariable UUID id, @PathVariable String unitCode, @RequestParam String code, @RequestParam String record,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		try {
			String[] parts = record.split(":", 2);
			this.links.link(id, unitCode, code, parts[0], parts.length < 2 ? null : UUID.fromString(parts[1]), actor);
			redirect.addFlashAttribute("linked", true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageErrors.describe(ex, this.messages));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", PageErrors.describe(new DomainException(DomainException.Kind.INVALID,
					"evidence-record-not-found"), this.messages));
		}
		return AssessmentPageController.back(id, unitCode);
	}

	@GetMapping("/minh-chung/{fileId}")
	ResponseEntity<byte[]> evidence(@PathVariable UUID id, @PathVariable String unitCode, @PathVariable UUID fileId,
			@AuthenticationPrincipal Actor actor) {
		Uploads.File file = this.evidence.file(id, unitCode, fileId, actor);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, file.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(file.bytes());
	}

}
