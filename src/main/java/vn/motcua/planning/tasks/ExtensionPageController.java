package vn.motcua.planning.tasks;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.shared.Actor;
import org.springframework.web.bind.annotation.PathVariable;

/** On a task's page: the lead asks for a later deadline, the assigner approves or refuses it. */
@Controller
@RequestMapping("/quan-tri/nhiem-vu")
class ExtensionPageController {

	private final Extensions extensions;

	private final PageSteps steps;

	ExtensionPageController(Extensions extensions, PageSteps steps) {
		this.extensions = extensions;
		this.steps = steps;
	}

	@PostMapping("/{id}/gia-han")
	String extension(@PathVariable UUID id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,
			@RequestParam(required = false) @Nullable String reason, @AuthenticationPrincipal Actor actor,
			RedirectAttributes redirect) {
		return this.steps.step(id, redirect, "task.done.extensionRequested", Map.of("reason", reason == null ? "" : reason),
				() -> this.extensions.request(id, dueDate, reason, actor));
	}

	@PostMapping("/{id}/gia-han/quyet-dinh")
	String decide(@PathVariable UUID id, @RequestParam boolean accepted, @RequestParam(required = false) @Nullable String reason,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		return this.steps.step(id, redirect, accepted ? "task.done.extensionApproved" : "task.done.extensionRefused", Map.of(),
				() -> this.extensions.decide(id, accepted, reason, actor));
	}

}
