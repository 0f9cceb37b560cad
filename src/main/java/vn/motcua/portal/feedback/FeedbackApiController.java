package vn.motcua.portal.feedback;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import jakarta.servlet.http.HttpServletRequest;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.portal.domain.FeedbackCategory;
import vn.motcua.portal.domain.FeedbackStatus;
import vn.motcua.shared.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Feedback and petitions: submitted by anyone, handled by officials of the unit concerned. */
@RestController
class FeedbackApiController {

	private final FeedbackIntake intake;

	private final FeedbackRegister register;

	private final FeedbackHandling handling;

	FeedbackApiController(FeedbackIntake intake, FeedbackRegister register, FeedbackHandling handling) {
		this.intake = intake;
		this.register = register;
		this.handling = handling;
	}

	/** The submitter's receipt: the register number and the deadlines that now run. */
	record Receipt(UUID id, String registerNo, OffsetDateTime receivedAt, FeedbackStatus status,
			OffsetDateTime forwardDueAt) {
	}

	@PostMapping("/api/v1/public/feedback")
	ResponseEntity<Receipt> submit(@Valid @RequestBody FeedbackRequest request, HttpServletRequest http) {
		FeedbackView f = this.intake.submit(request, Channel.ONLINE, List.of(), http.getRemoteAddr());
		return ResponseEntity.created(URI.create("/api/v1/feedback/" + f.id()))
			.body(new Receipt(f.id(), f.registerNo(), f.receivedAt(), f.status(), f.forwardDueAt()));
	}

	@GetMapping("/api/v1/public/feedback")
	List<FeedbackView.Published> published(@RequestParam(defaultValue = "50") int limit) {
		return this.register.published(Math.max(1, Math.min(limit, 200)));
	}

	@GetMapping("/api/v1/feedback")
	List<FeedbackView> list(@RequestParam(required = false) @Nullable FeedbackStatus status,
			@AuthenticationPrincipal Actor actor) {
		return this.register.register(actor, status);
	}

	@GetMapping("/api/v1/feedback/{id}")
	FeedbackView get(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return this.register.get(id, actor);
	}

	record Classification(FeedbackCategory category, @Nullable String unitCode, boolean interAgency) {
	}

	@PostMapping("/api/v1/feedback/{id}/classification")
	FeedbackView classify(@PathVariable UUID id, @RequestBody Classification body, @AuthenticationPrincipal Actor actor) {
		return this.handling.classify(id, body.category(), body.unitCode(), body.interAgency(), actor);
	}

	record Forwarding(String forwardedTo) {
	}

	@PostMapping("/api/v1/feedback/{id}/forwarding")
	FeedbackView forward(@PathVariable UUID id, @RequestBody Forwarding body, @AuthenticationPrincipal Actor actor) {
		return this.handling.forward(id, body.forwardedTo(), actor);
	}

	record Answer(String answer, boolean publish) {
	}

	@PostMapping("/api/v1/feedback/{id}/answer")
	FeedbackView answer(@PathVariable UUID id, @RequestBody Answer body, @AuthenticationPrincipal Actor actor) {
		return this.handling.answer(id, body.answer(), body.publish(), actor);
	}

}
