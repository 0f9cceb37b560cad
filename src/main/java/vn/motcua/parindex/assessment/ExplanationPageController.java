package vn.motcua.parindex.assessment;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import vn.motcua.shared.PageErrors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** On a unit's assessment page: the committee's one round of questions, and the unit's answers. */
@Controller
@RequestMapping("/quan-tri/chi-so-cchc/{id}/don-vi/{unitCode}")
class ExplanationPageController {

	private final Explanations explanations;

	private final MessageSource messages;

	ExplanationPageController(Explanations explanations, MessageSource messages) {
		this.explanations = explanations;
		this.messages = messages;
	}

	@PostMapping("/hoi-giai-trinh")
	String ask(@PathVariable UUID id, @PathVariable String unitCode, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		try {
			LocalDate due = LocalDate.parse(form.getOrDefault("due", ""));
			this.explanations.ask(id, unitCode, ScoreForm.parse(form, "question:").notes(), due, actor);
			redirect.addFlashAttribute("asked", true);
		}
		catch (java.time.format.DateTimeParseException ex) {
			redirect.addFlashAttribute("error", this.messages.getMessage("par.askDue", null, LocaleContextHolder.getLocale()));
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageErrors.describe(ex, this.messages));
		}
		return AssessmentPageController.back(id, unitCode);
	}

	@PostMapping("/giai-trinh")
	String answer(@PathVariable UUID id, @PathVariable String unitCode, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		try {
			this.explanations.answer(id, unitCode, ScoreForm.parse(form, "answer:").notes(), actor);
			redirect.addFlashAttribute("answered", true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageErrors.describe(ex, this.messages));
		}
		return AssessmentPageController.back(id, unitCode);
	}

}
