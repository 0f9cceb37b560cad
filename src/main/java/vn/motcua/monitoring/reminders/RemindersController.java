package vn.motcua.monitoring.reminders;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.motcua.shared.Actor;

/** The official's notification centre (Thông báo, nhắc việc): page and API, always their own. */
@Controller
class RemindersController {

	static final int SHOWN = 100;

	private final NoticeCentre notices;

	RemindersController(NoticeCentre notices) {
		this.notices = notices;
	}

	@GetMapping("/quan-tri/thong-bao")
	String page(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("notices", this.notices.of(actor.username(), SHOWN));
		return "monitoring/notices";
	}

	@PostMapping("/quan-tri/thong-bao/da-doc")
	String read(@RequestParam(required = false) @Nullable UUID id, @AuthenticationPrincipal Actor actor) {
		this.notices.markRead(actor.username(), id);
		return "redirect:/quan-tri/thong-bao";
	}

	@GetMapping("/api/v1/reminders")
	@ResponseBody
	Map<String, Object> list(@AuthenticationPrincipal Actor actor) {
		return Map.of("unread", this.notices.unread(actor.username()), "items",
				this.notices.of(actor.username(), SHOWN));
	}

	@PostMapping("/api/v1/reminders/{id}/read")
	ResponseEntity<Void> markRead(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		this.notices.markRead(actor.username(), id);
		return ResponseEntity.noContent().build();
	}

}
