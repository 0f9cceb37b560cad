package vn.motcua.catalogue.search;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The back office's catalogue page, with what it lists; the import shows its report on it too. */
@Component
public class CatalogueListPage {

	private final ProcedureSearch search;

	private final Clock clock;

	CatalogueListPage(ProcedureSearch search, Clock clock) {
		this.search = search;
		this.clock = clock;
	}

	/** @return the view, with the versions in force today that match {@code q} in the model. */
	public String show(@Nullable String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("procedures", this.search.search(q, LocalDate.now(this.clock)));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "admin/procedures";
	}

}
