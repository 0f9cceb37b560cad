package vn.motcua.parindex.assessment;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Actor;
import vn.motcua.shared.FieldInvalid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A unit's assessment: read it, score it, submit it; the committee appraises it. */
@RestController
@RequestMapping("/api/v1/par/sets/{id}/units/{unitCode}")
class AssessmentApiController {

	private final Assessments assessments;

	private final AssessmentReader reader;

	private final Explanations explanations;

	private final EvidenceLinks links;

	AssessmentApiController(Assessments assessments, AssessmentReader reader, Explanations explanations,
			EvidenceLinks links) {
		this.assessments = assessments;
		this.reader = reader;
		this.explanations = explanations;
		this.links = links;
	}

	@GetMapping
	Assessment assessment(@PathVariable UUID id, @PathVariable String unitCode, @AuthenticationPrincipal Actor actor) {
		return this.reader.view(id, unitCode, actor);
	}

	@PutMapping("/self-scores")
	Assessment selfScores(@PathVariable UUID id, @PathVariable String unitCode, @RequestBody ScoresRequest request,
			@AuthenticationPrincipal Actor actor) {
		this.assessments.saveSelf(id, unitCode, request.scores(), request.notes(), actor);
		return this.reader.view(id, unitCode, actor);
	}

	@PostMapping("/self-scores/submission")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void submit(@PathVariable UUID id, @PathVariable String unitCode, @AuthenticationPrincipal Actor actor) {
		this.assessments.submit(id, unitCode, actor);
	}

	/** Links a leaf to one of the unit's records ({@code kind}: PLAN, TASK, REPORT; {@code id}). */
	@PostMapping("/evidence-links")
	Assessment link(@PathVariable UUID id, @PathVariable String unitCode, @RequestBody LinkRequest request,
			@AuthenticationPrincipal Actor actor) {
		this.links.link(id, unitCode, request.code() == null ? "" : request.code(), request.kind(), request.id(), actor);
		return this.reader.view(id, unitCode, actor);
	}

	record LinkRequest(@Nullable String code, @Nullable String kind, @Nullable UUID id) {
	}

	@PutMapping("/appraised-scores")
	Assessment appraisedScores(@PathVariable UUID id, @PathVariable String unitCode, @RequestBody ScoresRequest request,
			@AuthenticationPrincipal Actor actor) {
		this.assessments.appraise(id, unitCode, request.scores(), request.notes(), actor);
		return this.reader.view(id, unitCode, actor);
	}

	/** The committee's one round of questions, by leaf code, to answer by {@code due}. */
	@PostMapping("/explanation-requests")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void ask(@PathVariable UUID id, @PathVariable String unitCode, @RequestBody ExplanationRequest request,
			@AuthenticationPrincipal Actor actor) {
		if (request.due() == null) {
			throw new FieldInvalid("due", "validation.required");
		}
		this.explanations.ask(id, unitCode, request.questions() == null ? Map.of() : request.questions(), request.due(), actor);
	}

	@PutMapping("/explanations")
	Assessment answer(@PathVariable UUID id, @PathVariable String unitCode, @RequestBody Map<String, Map<String, String>> request,
			@AuthenticationPrincipal Actor actor) {
		this.explanations.answer(id, unitCode, request.getOrDefault("answers", Map.of()), actor);
		return this.reader.view(id, unitCode, actor);
	}

	record ExplanationRequest(@Nullable Map<String, String> questions, @Nullable LocalDate due) {
	}

	/**
	 * Scores by leaf code, and notes by leaf code: the unit's explanations or the committee's comments
	 * ({@code comments} is read as {@code notes}).
	 */
	record ScoresRequest(@Nullable Map<String, Double> scores, @Nullable Map<String, String> notes,
			@Nullable Map<String, String> comments) {

		@Override
		public Map<String, Double> scores() {
			return this.scores == null ? Map.of() : this.scores;
		}

		@Override
		public Map<String, String> notes() {
			return this.notes != null ? this.notes : this.comments != null ? this.comments : Map.of();
		}

	}

}
