package vn.motcua.monitoring.reports;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.monitoring.statistics.Filters;
import vn.motcua.monitoring.statistics.Question;
import vn.motcua.shared.Actor;

/** The Circular 01/2018 evaluation as a page: the units' grades and the officials' time scores. */
@Controller
class EvaluationController {

	private final Filters filters;

	private final Evaluation evaluation;

	EvaluationController(Filters filters, Evaluation evaluation) {
		this.filters = filters;
		this.evaluation = evaluation;
	}

	@GetMapping("/quan-tri/thong-ke/danh-gia")
	String evaluationPage(Question question, @AuthenticationPrincipal Actor actor, Model model) {
		this.filters.select(actor, question, model).ifPresent(s -> {
			model.addAttribute("unitScores", this.evaluation.units(s));
			model.addAttribute("officialScores", this.evaluation.officials(s));
		});
		return "monitoring/evaluation";
	}

}
