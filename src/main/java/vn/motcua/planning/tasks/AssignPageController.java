package vn.motcua.planning.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.organization.UnitView;
import vn.motcua.planning.domain.TaskRules;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.FieldInvalid;
import vn.motcua.shared.PageErrors;
import vn.motcua.shared.Vietnam;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Assigning a task on a page, from a meeting's conclusion or a plan or on its own: the units and
 * departments in the assigner's scope to choose the lead and the supporters from; refused, the form
 * comes back with what was typed and the field marked.
 */
@Controller
@RequestMapping("/quan-tri/nhiem-vu")
class AssignPageController {

	private final Assignments assignments;

	private final OrganizationManagement organization;

	private final IdentityManagement identity;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	AssignPageController(Assignments assignments, OrganizationManagement organization, IdentityManagement identity,
			JdbcClient jdbc, MessageSource messages, Clock clock) {
		this.assignments = assignments;
		this.organization = organization;
		this.identity = identity;
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/moi")
	String form(@RequestParam(name = "ket-luan", required = false) @Nullable UUID conclusion,
			@RequestParam(name = "ke-hoach", required = false) @Nullable UUID plan, @AuthenticationPrincipal Actor actor,
			Model model) {
		TaskAccess.assigner(actor);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Vietnam.ZONE);
		UnitScope scope = this.organization.scopeOf(actor);
		List<UnitView> units = this.organization.unitsOn(today, null).stream().filter(u -> scope.contains(u.id())).toList();
		model.addAttribute("units", units);
		model.addAttribute("agencies", units.stream()
			.filter(u -> u.id().equals(actor.unitId()))
			.flatMap(u -> this.organization.agenciesOn(today, u.code()).stream())
			.toList());
		model.addAttribute("officials", this.identity.officials(actor, null).stream().filter(o -> o.enabled()).toList());
		if (conclusion != null) {
			model.addAttribute("source", this.jdbc.sql("""
					select m.kind, c.id, m.title || ' — ' || c.ordinal || '. ' || c.content from planning_conclusion c
					  join planning_meeting m on m.id = c.meeting_id where c.id = ?""").param(conclusion)
				.query((rs, n) -> new Source(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3))).optional().orElse(null));
		}
		else if (plan != null) {
			model.addAttribute("source", this.jdbc.sql("select id, title from planning_plan where id = ?").param(plan)
				.query((rs, n) -> new Source("PLAN", rs.getObject(1, UUID.class), rs.getString(2))).optional().orElse(null));
		}
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "planning/assign";
	}

	/** Where the task being assigned comes from, as the form shows it. */
	record Source(String kind, UUID id, String text) {
	}

	@PostMapping
	String assign(@RequestParam Map<String, String> form, @RequestParam(required = false) @Nullable List<String> supportUnits,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		try {
			Integer days = null;
			if (dueDate == null && form.get("workingDays") != null && !form.get("workingDays").isBlank()) {
				try {
					days = Integer.valueOf(form.get("workingDays").strip());
				}
				catch (NumberFormatException ex) {
					throw new FieldInvalid("workingDays", "validation.range", 1, TaskRules.MAX_WORKING_DAYS);
				}
			}
			String sourceId = form.get("sourceId");
			TaskRecord task = this.assignments.assign(new TaskRequest(form.get("title"), form.get("output"), form.get("leadUnit"),
					form.get("leadOfficial"), supportUnits, dueDate, days, new TaskRequest.Source(form.get("sourceKind"),
							sourceId == null || sourceId.isBlank() ? null : UUID.fromString(sourceId), form.get("reference"))),
					actor);
			redirect.addFlashAttribute("done", this.messages.getMessage("task.done.assigned", null,
					LocaleContextHolder.getLocale()));
			return "redirect:/quan-tri/nhiem-vu/" + task.id();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("error", PageErrors.message(ex, this.messages));
			redirect.addFlashAttribute("errorField", ex instanceof FieldInvalid f ? f.field() : "");
			redirect.addFlashAttribute("typed", form);
			String kind = form.getOrDefault("sourceKind", "");
			String id = form.getOrDefault("sourceId", "");
			return "redirect:/quan-tri/nhiem-vu/moi" + (id.isBlank() ? "" : (kind.equals("PLAN") ? "?ke-hoach=" : "?ket-luan=") + id);
		}
	}

}
