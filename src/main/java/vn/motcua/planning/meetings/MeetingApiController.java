package vn.motcua.planning.meetings;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.shared.Actor;

/** Meetings and directives over HTTP: record one with its conclusions, list, read. */
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingApiController {

	private final Meetings meetings;

	private final MeetingReader reader;

	MeetingApiController(Meetings meetings, MeetingReader reader) {
		this.meetings = meetings;
		this.reader = reader;
	}

	@PostMapping
	ResponseEntity<Meeting> record(@RequestBody Meeting.Request request, @AuthenticationPrincipal Actor actor) {
		UUID id = this.meetings.record(request, actor);
		return ResponseEntity.status(HttpStatus.CREATED).body(this.reader.meeting(id, actor));
	}

	@GetMapping
	List<Meeting> list(@AuthenticationPrincipal Actor actor) {
		return this.reader.list(actor);
	}

	@GetMapping("/{id}")
	Meeting meeting(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return this.reader.meeting(id, actor);
	}

}
