package vn.motcua.dossier.online;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.files.Downloads;
import vn.motcua.dossier.intake.IntakeRequest;
import vn.motcua.dossier.processing.DossierView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;
import vn.motcua.shared.Texts;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The desk's «to receive» queue of online submissions: look at one, decide as at the counter. */
@Controller
class SubmissionDeskController {

	private final SubmissionDesk desk;

	private final MessageSource messages;

	SubmissionDeskController(SubmissionDesk desk, MessageSource messages) {
		this.desk = desk;
		this.messages = messages;
	}

	@GetMapping("/api/v1/submissions")
	@ResponseBody
	List<SubmissionView> queue(@AuthenticationPrincipal Actor actor) {
		return this.desk.toReceive(actor);
	}

	@GetMapping("/api/v1/submissions/{id}")
	@ResponseBody
	SubmissionView get(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return this.desk.get(id, actor);
	}

	record Decision(IntakeRequest.Outcome outcome, @Nullable String reason) {
	}

	@PostMapping("/api/v1/submissions/{id}/decision")
	@ResponseBody
	DossierView decide(@PathVariable UUID id, @RequestBody Decision decision, @AuthenticationPrincipal Actor actor) {
		return this.desk.decide(id, decision.outcome(), decision.reason(), actor);
	}

	@GetMapping("/quan-tri/ho-so/truc-tuyen")
	String list(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("submissions", this.desk.toReceive(actor));
		return "dossier/submissions";
	}

	@GetMapping("/quan-tri/ho-so/truc-tuyen/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("s", this.desk.get(id, actor));
		model.addAttribute("outcomes", IntakeRequest.Outcome.values());
		return "dossier/submission";
	}

	@GetMapping("/quan-tri/ho-so/truc-tuyen/{id}/tep/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId, @AuthenticationPrincipal Actor actor) {
		return Downloads.attachment(this.desk.file(id, fileId, actor));
	}

	@PostMapping("/quan-tri/ho-so/truc-tuyen/{id}")
	String decide(@PathVariable UUID id, @RequestParam IntakeRequest.Outcome outcome,
			@RequestParam(required = false) @Nullable String reason, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) {
		try {
			DossierView dossier = this.desk.decide(id, outcome, Texts.blankToNull(reason), actor);
			return "redirect:/quan-tri/ho-so/" + dossier.code();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("failure", MessageArguments.text(this.messages, ex));
			return "redirect:/quan-tri/ho-so/truc-tuyen/" + id;
		}
	}

}
