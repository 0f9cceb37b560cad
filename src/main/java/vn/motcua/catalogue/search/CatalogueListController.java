package vn.motcua.catalogue.search;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Back office: the procedure catalogue in force today. */
@Controller
class CatalogueListController {

	private final CatalogueListPage page;

	CatalogueListController(CatalogueListPage page) {
		this.page = page;
	}

	@GetMapping("/quan-tri/thu-tuc")
	@PreAuthorize("isAuthenticated()")
	String list(@RequestParam(required = false) @Nullable String q, Model model) {
		return this.page.show(q, model);
	}

}
