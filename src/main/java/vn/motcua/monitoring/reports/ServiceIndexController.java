package vn.motcua.monitoring.reports;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.motcua.monitoring.statistics.Filters;
import vn.motcua.monitoring.statistics.Question;
import vn.motcua.monitoring.statistics.Questions;
import vn.motcua.shared.Actor;

/** The Decision 766 service index: as a page, and in the statistics API (without dates, this year). */
@Controller
class ServiceIndexController {

	private final Filters filters;

	private final Questions questions;

	private final ServiceIndex serviceIndex;

	ServiceIndexController(Filters filters, Questions questions, ServiceIndex serviceIndex) {
		this.filters = filters;
		this.questions = questions;
		this.serviceIndex = serviceIndex;
	}

	@GetMapping("/quan-tri/thong-ke/chi-so-phuc-vu")
	String page(Question question, @AuthenticationPrincipal Actor actor, Model model) {
		this.filters.select(actor, question, model)
			.ifPresent(s -> model.addAttribute("index", this.serviceIndex.compute(s)));
		return "monitoring/service-index";
	}

	@GetMapping("/api/v1/stats/service-index")
	@ResponseBody
	IndexResult api(@RequestParam String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@AuthenticationPrincipal Actor actor) {
		return this.serviceIndex.compute(this.questions.selectOrThisYear(actor, unit, from, to, true));
	}

}
