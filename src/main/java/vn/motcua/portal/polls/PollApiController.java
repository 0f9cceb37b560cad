package vn.motcua.portal.polls;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.shared.Actor;

/**
 * Polls over HTTP for the portal's editors: the unit's polls, create, change while nobody has voted,
 * close now or move the closing ({@code {"closes": "2027-01-31T17:00"}}), delete while nobody has voted.
 */
@RestController
@RequestMapping("/api/v1/polls")
class PollApiController {

	private final PollDesk desk;

	private final PollChanges changes;

	PollApiController(PollDesk desk, PollChanges changes) {
		this.desk = desk;
		this.changes = changes;
	}

	@GetMapping
	List<PollSummary> list(@AuthenticationPrincipal Actor actor) {
		return this.desk.list(actor);
	}

	@PostMapping
	ResponseEntity<Poll> create(@RequestBody PollRequest request, @AuthenticationPrincipal Actor actor) {
		return ResponseEntity.status(HttpStatus.CREATED).body(this.changes.create(request, actor));
	}

	@PutMapping("/{id}")
	Poll edit(@PathVariable UUID id, @RequestBody PollRequest request, @AuthenticationPrincipal Actor actor) {
		return this.changes.edit(id, request, actor);
	}

	/** The new closing, a local date-time in Vietnam; none: now. */
	record Closing(@Nullable String closes) {
	}

	@PostMapping("/{id}/close")
	Poll close(@PathVariable UUID id, @RequestBody(required = false) @Nullable Closing closing,
			@AuthenticationPrincipal Actor actor) {
		return this.changes.close(id, closing == null ? null : closing.closes(), actor);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		this.changes.delete(id, actor);
		return ResponseEntity.noContent().build();
	}

}
