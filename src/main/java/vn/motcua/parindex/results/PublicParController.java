package vn.motcua.parindex.results;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.parindex.sets.ParSet;
import vn.motcua.parindex.sets.ParSets;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published PAR Index results on the portal, for everyone: each published set with its
 * decision, the units ranked with their index and band, and the chart.
 */
@Controller
class PublicParController {

	private final ParSets sets;

	private final Results results;

	PublicParController(ParSets sets, Results results) {
		this.sets = sets;
		this.results = results;
	}

	/** @param bo the set to show; the latest published when absent or not published. */
	@GetMapping("/chi-so-cai-cach-hanh-chinh")
	String results(@RequestParam(required = false) @Nullable UUID bo, Model model) {
		List<ParSet> published = this.sets.published();
		ParSet chosen = published.stream().filter(s -> s.id().equals(bo)).findFirst()
			.orElse(published.isEmpty() ? null : published.get(0));
		model.addAttribute("published", published);
		model.addAttribute("set", chosen);
		if (chosen != null) {
			List<UnitResult> lines = this.results.published(chosen);
			model.addAttribute("lines", lines);
			model.addAttribute("chart", UnitResult.chart(lines));
		}
		return "parindex/public";
	}

}
