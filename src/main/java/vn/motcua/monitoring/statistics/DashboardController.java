package vn.motcua.monitoring.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.shared.Actor;

/**
 * The leaders' dashboard (Thống kê, theo dõi): a unit and its sub-units over a month, quarter,
 * year or chosen dates; every number opens the list of dossiers behind it.
 */
@Controller
class DashboardController {

	private final Breakdowns breakdowns;

	private final DrillDown drillDown;

	private final Questions questions;

	private final Filters filters;

	private final DeskFigures desks;

	DashboardController(Breakdowns breakdowns, DrillDown drillDown, Questions questions, Filters filters,
			DeskFigures desks) {
		this.breakdowns = breakdowns;
		this.drillDown = drillDown;
		this.questions = questions;
		this.filters = filters;
		this.desks = desks;
	}

	@GetMapping("/quan-tri/thong-ke")
	String dashboard(Question question, @AuthenticationPrincipal Actor actor, Model model) {
		this.filters.select(actor, question, model).ifPresent(s -> {
			Dashboard d = this.breakdowns.dashboard(s);
			model.addAttribute("selection", s);
			model.addAttribute("counts", d.counts());
			model.addAttribute("crossed", this.desks.of(s));
			model.addAttribute("subUnits", d.subUnits());
			model.addAttribute("fields", d.fields());
			model.addAttribute("procedures", d.procedures());
			model.addAttribute("trend", trend(d.months()));
			List<Line> ranked = d.subUnits().stream().filter(l -> l.counts().onTimeRate() != null).toList();
			model.addAttribute("ranking", Map.of("labels", ranked.stream().map(Line::label).toList(), "rates",
					ranked.stream().map(l -> l.counts().onTimeRate()).toList()));
		});
		return "monitoring/dashboard";
	}

	private static Map<String, List<?>> trend(List<Line> months) {
		return Map.of("labels", months.stream().map(Line::label).toList(),
				"received", months.stream().map(l -> l.counts().received().total()).toList(),
				"onTime", months.stream().map(l -> l.counts().resolved().early() + l.counts().resolved().onTime()).toList(),
				"late", months.stream().map(l -> l.counts().resolved().late()).toList());
	}

	@GetMapping("/quan-tri/thong-ke/ho-so")
	String dossiers(@RequestParam String unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam Category category,
			@RequestParam(required = false) @Nullable String procedure, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal Actor actor, Model model) {
		Selection s = this.questions.select(actor, unit, from, to, true);
		model.addAttribute("selection", s);
		model.addAttribute("category", category);
		model.addAttribute("procedure", procedure);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("items", this.drillDown.dossiers(s, category, procedure, page));
		model.addAttribute("pageSize", DrillDown.PAGE_SIZE);
		return "monitoring/dossiers";
	}

}
