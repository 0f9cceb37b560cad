package vn.motcua.portal.search;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal's search page ({@code /tim-kiem?q=}): articles, pages and procedures found for the words typed. */
@Controller
class SearchController {

	private final SiteSearch search;

	SearchController(SiteSearch search) {
		this.search = search;
	}

	@GetMapping("/tim-kiem")
	String search(@RequestParam(required = false) @Nullable String q, Model model) {
		String query = q == null ? "" : q.length() > 200 ? q.substring(0, 200) : q;
		model.addAttribute("results", this.search.find(query));
		return "public/search";
	}

}
