package vn.motcua.monitoring.web;

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
import vn.motcua.monitoring.DossierStatistics;
import vn.motcua.monitoring.DossierStatistics.Category;
import vn.motcua.monitoring.DossierStatistics.Line;
import vn.motcua.monitoring.DossierStatistics.Selection;
import vn.motcua.monitoring.ServiceIndex;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.MessageArguments;

/**
 * The leaders' dashboard (Thống kê, theo dõi): a unit and its sub-units over a month, quarter,
 * year or chosen dates; every number opens the list of dossiers behind it; the service index.
 */
@Controller
class DashboardController {

	private final DossierStatistics statistics;

	private final ServiceIndex serviceIndex;

	private final Filters filters;

	private final MessageSource messages;

	DashboardController(DossierStatistics statistics, ServiceIndex serviceIndex, Filters filters,
			MessageSource messages) {
		this.statistics = statistics;
		this.serviceIndex = serviceIndex;
		this.filters = filters;
		this.messages = messages;
	}

	@GetMapping("/quan-tri/thong-ke")
	String dashboard(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(defaultValue = "year") String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@AuthenticationPrincipal Actor actor, Model model) {
		Filters.Filter filter = this.filters.filter(actor, unit, period, day, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("units", this.filters.unitsInScope(actor, filter.to()));
		try {
			Selection s = this.statistics.select(actor, filter.unit(), filter.from(), filter.to(), true);
			DossierStatistics.Dashboard d = this.statistics.dashboard(s);
			List<Line> subUnits = d.subUnits();
			List<Line> months = d.months();
			model.addAttribute("selection", s);
			model.addAttribute("counts", d.counts());
			model.addAttribute("subUnits", subUnits);
			model.addAttribute("fields", d.fields());
			model.addAttribute("procedures", d.procedures());
			model.addAttribute("trend", Map.of("labels", months.stream().map(Line::label).toList(),
					"received", months.stream().map(l -> l.counts().received().total()).toList(),
					"onTime", months.stream().map(l -> l.counts().resolved().early() + l.counts().resolved().onTime()).toList(),
					"late", months.stream().map(l -> l.counts().resolved().late()).toList()));
			List<Line> ranked = subUnits.stream().filter(l -> l.counts().onTimeRate() != null).toList();
			model.addAttribute("ranking", Map.of("labels", ranked.stream().map(Line::label).toList(), "rates",
					ranked.stream().map(l -> l.counts().onTimeRate()).toList()));
		}
		catch (DomainException ex) {
			model.addAttribute("error", MessageArguments.text(this.messages, ex));
		}
		return "monitoring/dashboard";
	}

	@GetMapping("/quan-tri/thong-ke/ho-so")
	String dossiers(@RequestParam String unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam Category category,
			@RequestParam(required = false) @Nullable String procedure, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal Actor actor, Model model) {
		Selection s = this.statistics.select(actor, unit, from, to, true);
		model.addAttribute("selection", s);
		model.addAttribute("category", category);
		model.addAttribute("procedure", procedure);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("items", this.statistics.dossiers(s, category, procedure, page));
		model.addAttribute("pageSize", DossierStatistics.PAGE_SIZE);
		return "monitoring/dossiers";
	}

	@GetMapping("/quan-tri/thong-ke/chi-so-phuc-vu")
	String serviceIndex(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(defaultValue = "year") String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@AuthenticationPrincipal Actor actor, Model model) {
		Filters.Filter filter = this.filters.filter(actor, unit, period, day, from, to);
		model.addAttribute("filter", filter);
		model.addAttribute("units", this.filters.unitsInScope(actor, filter.to()));
		try {
			model.addAttribute("index", this.serviceIndex
				.compute(this.statistics.select(actor, filter.unit(), filter.from(), filter.to(), true)));
		}
		catch (DomainException ex) {
			model.addAttribute("error", MessageArguments.text(this.messages, ex));
		}
		return "monitoring/service-index";
	}

}
