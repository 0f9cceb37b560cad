package vn.motcua.parindex.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.motcua.shared.PageErrors;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's assessment as a page: the unit's officials score their leaves, explain, attach evidence
 * and submit; the committee appraises. A refused form keeps what was typed and says why.
 */
@Controller
@RequestMapping("/quan-tri/chi-so-cchc/{id}/don-vi/{unitCode}")
class AssessmentPageController {

	private final Assessments assessments;

	private final AssessmentReader reader;

	private final MessageSource messages;

	AssessmentPageController(Assessments assessments, AssessmentReader reader, MessageSource messages) {
		this.assessments = assessments;
		this.reader = reader;
		this.messages = messages;
	}

	@GetMapping
	String page(@PathVariable UUID id, @PathVariable String unitCode, @AuthenticationPrincipal Actor actor, Model model) {
		Assessment assessment = this.reader.view(id, unitCode, actor);
		model.addAttribute("assessment", assessment);
		model.addAttribute("linkable", assessment.selfEditable() ? this.reader.linkable(id, unitCode, actor) : List.of());
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
			redirect.addFlashAttribute("error", PageErrors.describe(ex, this.messages));
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
			redirect.addFlashAttribute("error", PageErrors.describe(ex, this.messages));
		}
		return back(id, unitCode);
	}

	static String back(UUID id, String unitCode) {
		return "redirect:/quan-tri/chi-so-cchc/" + id + "/don-vi/" + unitCode;
	}

}
