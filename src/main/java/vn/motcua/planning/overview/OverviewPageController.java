package vn.motcua.planning.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.planning.tasks.TaskLists;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.PageErrors;
import vn.motcua.shared.Vietnam;

/**
 * The leaders' overview page (Tổng hợp nhiệm vụ, báo cáo): per unit its tasks and reports over a
 * period, ranked, with the chart of on-time shares, and the list of overdue tasks with whose they
 * are; every task opens its page. The year so far by default.
 */
@Controller
class OverviewPageController {

	private final Overview overview;

	private final TaskLists tasks;

	private final MessageSource messages;

	private final Clock clock;

	OverviewPageController(Overview overview, TaskLists tasks, MessageSource messages, Clock clock) {
		this.overview = overview;
		this.tasks = tasks;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/quan-tri/nhiem-vu/tong-hop")
	String overview(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@AuthenticationPrincipal Actor actor, Model model) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Vietnam.ZONE);
		LocalDate end = to == null ? today : to;
		LocalDate start = from == null ? end.withDayOfYear(1) : from;
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("unit", unit);
		try {
			List<Overview.Line> lines = this.overview.of(unit, start, end, actor);
			model.addAttribute("lines", lines);
			model.addAttribute("overdue", this.tasks.list(new TaskLists.Filter(lines.get(0).unit().code(), "OVERDUE", null, null), actor));
			List<Overview.Line> rated = lines.stream().filter(l -> l.figures().tasksOnTimeRate() != null).toList();
			model.addAttribute("chart", Map.of("labels", rated.stream().map(l -> l.unit().name()).toList(), "rates",
					rated.stream().map(l -> l.figures().tasksOnTimeRate()).toList()));
		}
		catch (DomainException ex) {
			model.addAttribute("lines", List.of());
			model.addAttribute("overdue", List.of());
			model.addAttribute("error", PageErrors.message(ex, this.messages));
		}
		return "planning/overview";
	}

}
