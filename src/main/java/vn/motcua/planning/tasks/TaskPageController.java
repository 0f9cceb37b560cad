package vn.motcua.planning.tasks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.planning.domain.Assigners;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.PageErrors;
import vn.motcua.shared.Uploads;

/**
 * The tasks' pages: the list within sight, a task's page with what the reader may do, each step a
 * form that comes back to the page with what was done or, refused, why and what was typed.
 */
@Controller
@RequestMapping("/quan-tri/nhiem-vu")
class TaskPageController {

	private final Tasks tasks;

	private final PageSteps steps;

	private final TaskReader reader;

	private final TaskLists lists;

	private final MessageSource messages;

	TaskPageController(Tasks tasks, PageSteps steps, TaskReader reader, TaskLists lists, MessageSource messages) {
		this.tasks = tasks;
		this.steps = steps;
		this.reader = reader;
		this.lists = lists;
		this.messages = messages;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String unit, @RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable UUID plan, @RequestParam(required = false) @Nullable UUID meeting,
			@AuthenticationPrincipal Actor actor, Model model) {
		try {
			model.addAttribute("tasks", this.lists.list(new TaskLists.Filter(unit, status, plan, meeting), actor));
		}
		catch (DomainException ex) {
			model.addAttribute("tasks", List.of());
			model.addAttribute("error", PageErrors.message(ex, this.messages));
		}
		model.addAttribute("unit", unit);
		model.addAttribute("status", status);
		model.addAttribute("assigns", Assigners.is(actor));
		return "planning/tasks";
	}

	@GetMapping("/{id}")
	String task(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("t", this.reader.detail(id, actor));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "planning/task";
	}

	@PostMapping("/{id}/tien-do")
	String progress(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer percent,
			@RequestParam(required = false) @Nullable String note, @RequestParam(required = false) @Nullable MultipartFile file,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) throws IOException {
		Tasks.Upload upload = file == null || file.isEmpty() ? null : new Tasks.Upload(
				file.getOriginalFilename() == null ? "minh-chung" : file.getOriginalFilename(), file.getSize(), file.getInputStream());
		return this.steps.step(id, redirect, "task.done.progress", Map.of("note", note == null ? "" : note),
				() -> this.tasks.progress(id, percent, note, upload, actor));
	}

	@PostMapping("/{id}/hoan-thanh")
	String reportDone(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		return this.steps.step(id, redirect, "task.done.reported", Map.of(), () -> this.tasks.reportDone(id, note, actor));
	}

	@PostMapping("/{id}/nghiem-thu")
	String accept(@PathVariable UUID id, @RequestParam boolean accepted, @RequestParam(required = false) @Nullable String reason,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		return this.steps.step(id, redirect, accepted ? "task.done.accepted" : "task.done.returned", Map.of("reason", reason == null ? "" : reason),
				() -> this.tasks.accept(id, accepted, reason, actor));
	}

	@PostMapping("/{id}/huy")
	String cancel(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		return this.steps.step(id, redirect, "task.done.cancelled", Map.of(), () -> this.tasks.cancel(id, reason, actor));
	}

	@GetMapping("/{id}/tep/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID fileId, @AuthenticationPrincipal Actor actor) {
		Uploads.File file = this.reader.file(id, fileId, actor);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_TYPE, file.contentType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(file.bytes());
	}

}
