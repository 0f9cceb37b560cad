package vn.motcua.portal.feedback;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.UnitView;
import vn.motcua.portal.domain.FeedbackCategory;
import vn.motcua.portal.domain.FeedbackStatus;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.MessageArguments;
import vn.motcua.shared.Uploads;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Back office: the feedback register of the official's units, a feedback, its files, and handling it. */
@Controller
@RequestMapping("/quan-tri/phan-anh")
class FeedbackAdminController {

	private final FeedbackRegister register;

	private final FeedbackHandling handling;

	private final FeedbackUnits units;

	private final MessageSource messages;

	FeedbackAdminController(FeedbackRegister register, FeedbackHandling handling, FeedbackUnits units,
			MessageSource messages) {
		this.register = register;
		this.handling = handling;
		this.units = units;
		this.messages = messages;
	}

	@ModelAttribute("units")
	List<UnitView> units() {
		return this.units.unitsToday();
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable FeedbackStatus status, @AuthenticationPrincipal Actor actor,
			Model model) {
		model.addAttribute("feedback", this.register.register(actor, status));
		model.addAttribute("status", status);
		model.addAttribute("statuses", FeedbackStatus.values());
		return "admin/feedback-list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("f", this.register.get(id, actor));
		model.addAttribute("files", this.register.attachments(id, actor));
		model.addAttribute("categories", FeedbackCategory.values());
		return "admin/feedback";
	}

	@GetMapping("/{id}/tep/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId, @AuthenticationPrincipal Actor actor) {
		Uploads.File file = this.register.file(id, fileId, actor);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.bytes());
	}

	@PostMapping("/{id}/phan-loai")
	String classify(@PathVariable UUID id, @RequestParam FeedbackCategory category,
			@RequestParam(required = false) @Nullable String unitCode,
			@RequestParam(defaultValue = "false") boolean interAgency, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.handling.classify(id, category, unitCode, interAgency, actor));
	}

	@PostMapping("/{id}/chuyen")
	String forward(@PathVariable UUID id, @RequestParam String forwardedTo, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.handling.forward(id, forwardedTo, actor));
	}

	@PostMapping("/{id}/tra-loi")
	String answer(@PathVariable UUID id, @RequestParam String answer,
			@RequestParam(defaultValue = "false") boolean publish, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.handling.answer(id, answer, publish, actor));
	}

	private String act(UUID id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("failure", MessageArguments.text(this.messages, ex));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("failure",
					MessageArguments.text(this.messages, new DomainException(Kind.CONFLICT, "stale-version")));
		}
		return "redirect:/quan-tri/phan-anh/" + id;
	}

}
