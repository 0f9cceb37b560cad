package vn.motcua.planning.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.shared.Actor;
import vn.motcua.shared.FieldInvalid;

/** Tasks over HTTP: assign, list within sight, read, and each step of their life. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskApiController {

	private final Assignments assignments;

	private final Tasks tasks;

	private final Extensions extensions;

	private final TaskReader reader;

	private final TaskLists lists;

	TaskApiController(Assignments assignments, Tasks tasks, Extensions extensions, TaskReader reader, TaskLists lists) {
		this.assignments = assignments;
		this.tasks = tasks;
		this.extensions = extensions;
		this.reader = reader;
		this.lists = lists;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> assign(@RequestBody TaskRequest request, @AuthenticationPrincipal Actor actor) {
		TaskRecord task = this.assignments.assign(request, actor);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(Map.of("id", task.id(), "dueDate", task.dueDate(), "status", task.status()));
	}

	@GetMapping
	List<TaskView> list(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable UUID plan,
			@RequestParam(required = false) @Nullable UUID meeting, @AuthenticationPrincipal Actor actor) {
		return this.lists.list(new TaskLists.Filter(unit, status, plan, meeting), actor);
	}

	@GetMapping("/{id}")
	TaskView.Detail task(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return this.reader.detail(id, actor);
	}

	@PostMapping("/{id}/progress")
	TaskView.Detail progress(@PathVariable UUID id, @RequestBody Step step, @AuthenticationPrincipal Actor actor) {
		this.tasks.progress(id, step.percent(), step.note(), null, actor);
		return this.reader.detail(id, actor);
	}

	@PostMapping("/{id}/report-done")
	TaskView.Detail reportDone(@PathVariable UUID id, @RequestBody(required = false) @Nullable Step step,
			@AuthenticationPrincipal Actor actor) {
		this.tasks.reportDone(id, step == null ? null : step.note(), actor);
		return this.reader.detail(id, actor);
	}

	@PostMapping("/{id}/acceptance")
	TaskView.Detail acceptance(@PathVariable UUID id, @RequestBody Decision decision, @AuthenticationPrincipal Actor actor) {
		this.tasks.accept(id, decision.given(), decision.reason(), actor);
		return this.reader.detail(id, actor);
	}

	@PostMapping("/{id}/cancellation")
	TaskView.Detail cancel(@PathVariable UUID id, @RequestBody Map<String, String> request,
			@AuthenticationPrincipal Actor actor) {
		this.tasks.cancel(id, request.get("reason"), actor);
		return this.reader.detail(id, actor);
	}

	@PostMapping("/{id}/extension")
	TaskView.Detail extension(@PathVariable UUID id, @RequestBody Step step, @AuthenticationPrincipal Actor actor) {
		this.extensions.request(id, step.dueDate(), step.note(), actor);
		return this.reader.detail(id, actor);
	}

	@PostMapping("/{id}/extension/decision")
	TaskView.Detail extensionDecision(@PathVariable UUID id, @RequestBody Decision decision,
			@AuthenticationPrincipal Actor actor) {
		this.extensions.decide(id, decision.given(), decision.reason(), actor);
		return this.reader.detail(id, actor);
	}

	/** What the lead reports: a percentage, a note (the reason, for an extension), a later deadline. */
	record Step(@Nullable Integer percent, @Nullable String note, @Nullable LocalDate dueDate) {
	}

	/** The assigner's decision: accepted (or approved) or not, and why. */
	record Decision(@Nullable Boolean accepted, @Nullable String reason) {

		/** @throws FieldInvalid {@code accepted} when not said. */
		boolean given() {
			if (this.accepted == null) {
				throw new FieldInvalid("accepted", "validation.required");
			}
			return this.accepted;
		}

	}

}
