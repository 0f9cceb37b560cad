package vn.motcua.parindex.assessment;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.FieldInvalid;
import vn.motcua.shared.Uploads;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
 * A unit's assessment as a page: the unit's officials score their leaves, explain, attach evidence
 * and submit; the committee appraises. A refused form keeps what was typed and says why.
 */
@Controller
@RequestMapping("/quan-tri/chi-so-cchc/{id}/don-vi/{unitCode}")
class AssessmentPageController {

	private final Assessments assessments;

	private final MessageSource messages;

	AssessmentPageController(Assessments assessments, MessageSource messages) {
		this.assessments = assessments;
		this.messages = messages;
	}

	@GetMapping
	String page(@PathVariable UUID id, @PathVariable String unitCode, @AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("assessment", this.assessments.view(id, unitCode, actor));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "parindex/assessment";
	}

	@PostMapping("/tu-cham")
	String selfScores(@PathVariable UUID id, @PathVariable String unitCode, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		return save(id, unitCode, form, "note:", actor, redirect, true);
	}

	@PostMapping("/tham-dinh")
	String appraisal(@PathVariable UUID id, @PathVariable String unitCode, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		return save(id, unitCode, form, "comment:", actor, redirect, false);
	}

	private String save(UUID id, String unitCode, Map<String, String> form, String notePrefix, Actor actor,
			RedirectAttributes redirect, boolean self) {
		try {
			ScoreForm parsed = ScoreForm.parse(form, notePrefix);
			if (self) {
				this.assessments.saveSelf(id, unitCode, parsed.scores(), parsed.notes(), actor);
			}
			else {
				this.assessments.appraise(id, unitCode, parsed.scores(), parsed.notes(), actor);
			}
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", describe(ex));
			redirect.addFlashAttribute("typed", new HashMap<>(form));
		}
		return back(id, unitCode);
	}

	@PostMapping("/gui")
	String submit(@PathVariable UUID id, @PathVariable String unitCode, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) {
		try {
			this.assessments.submit(id, unitCode, actor);
			redirect.addFlashAttribute("submitted", true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", describe(ex));
		}
		return back(id, unitCode);
	}

	@PostMapping("/minh-chung")
	String attach(@PathVariable UUID id, @PathVariable String unitCode, @RequestParam String code,
			@RequestParam MultipartFile file, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect)
			throws IOException {
		try {
			String name = file.getOriginalFilename() == null ? "minh-chung" : file.getOriginalFilename();
			this.assessments.attach(id, unitCode, code, name, file.getSize(), file.getInputStream(), actor);
			redirect.addFlashAttribute("attached", name);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", describe(ex));
		}
		return back(id, unitCode);
	}

	@GetMapping("/minh-chung/{fileId}")
	ResponseEntity<byte[]> evidence(@PathVariable UUID id, @PathVariable String unitCode, @PathVariable UUID fileId,
			@AuthenticationPrincipal Actor actor) {
		Uploads.File file = this.assessments.evidenceFile(id, unitCode, fileId, actor);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, file.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.body(file.bytes());
	}

	/** @return the refusal in words; for one naming a leaf, {@code 1.3: …}. */
	private String describe(DomainException ex) {
		if (ex instanceof FieldInvalid field) {
			return field.field() + ": " + this.messages.getMessage(field.fieldMessageKey(), field.fieldArgs(),
					field.fieldMessageKey(), LocaleContextHolder.getLocale());
		}
		return this.messages.getMessage(ex.messageKey(), ex.args(), ex.code(), LocaleContextHolder.getLocale());
	}

	private static String back(UUID id, String unitCode) {
		return "redirect:/quan-tri/chi-so-cchc/" + id + "/don-vi/" + unitCode;
	}

}
