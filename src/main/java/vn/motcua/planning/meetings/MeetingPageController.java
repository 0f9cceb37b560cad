package vn.motcua.planning.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.planning.tasks.TaskLists;
import vn.motcua.planning.domain.Assigners;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.PageErrors;

/**
 * Meetings and directives on pages: the list, recording one with its conclusions (one per line), and
 * a meeting's page where each conclusion is assigned as tasks and the tasks it gave are listed.
 */
@Controller
@RequestMapping("/quan-tri/cuoc-hop")
class MeetingPageController {

	private final Meetings meetings;

	private final MeetingReader reader;

	private final TaskLists tasks;

	private final MessageSource messages;

	MeetingPageController(Meetings meetings, MeetingReader reader, TaskLists tasks, MessageSource messages) {
		this.meetings = meetings;
		this.reader = reader;
		this.tasks = tasks;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("meetings", this.reader.list(actor));
		model.addAttribute("records", Assigners.is(actor));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "planning/meetings";
	}

	@PostMapping
	String record(@RequestParam Map<String, String> form, @AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		try {
			String heldOn = form.getOrDefault("heldOn", "");
			UUID id = this.meetings.record(new Meeting.Request(form.get("kind"), heldOn.isBlank() ? null : LocalDate.parse(heldOn),
					form.get("title"), form.get("chair"), form.get("participants"), form.get("content"), form.get("reference"),
					List.of(form.getOrDefault("conclusions", "").split("\\R"))), actor);
			return "redirect:/quan-tri/cuoc-hop/" + id;
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageErrors.message(ex, this.messages));
			redirect.addFlashAttribute("typed", form);
			return "redirect:/quan-tri/cuoc-hop";
		}
	}

	@GetMapping("/{id}")
	String meeting(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("m", this.reader.meeting(id, actor));
		model.addAttribute("tasks", this.tasks.list(new TaskLists.Filter(null, null, null, id), actor));
		model.addAttribute("assigns", Assigners.is(actor));
		return "planning/meeting";
	}

}
