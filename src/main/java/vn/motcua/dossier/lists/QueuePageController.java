package vn.motcua.dossier.lists;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.shared.Actor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Back office: the official's work queues, searched and filtered, page by page. */
@Controller
class QueuePageController {

	static final int PAGE_SIZE = 50;

	private final DossierQueries queries;

	private final CatalogueManagement catalogue;

	private final Clock clock;

	QueuePageController(DossierQueries queries, CatalogueManagement catalogue, Clock clock) {
		this.queries = queries;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@GetMapping("/quan-tri/ho-so")
	String queue(@RequestParam(defaultValue = "MY_STEPS") WorkQueue queue,
			@RequestParam(required = false) @Nullable DossierStatus status,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String procedure,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Channel channel, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal Actor actor, Model model) {
		DossierSearch search = new DossierSearch(q, procedure, from, to, channel);
		model.addAttribute("queue", queue);
		model.addAttribute("status", status);
		model.addAttribute("search", search);
		DossierQueries.Overview overview = this.queries.overview(actor, queue, status, search, page, PAGE_SIZE);
		model.addAttribute("counts", overview.counts());
		model.addAttribute("result", overview.page());
		model.addAttribute("statuses", DossierStatus.values());
		model.addAttribute("queues", WorkQueue.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("procedures", this.catalogue.search(null, LocalDate.now(this.clock)));
		return "dossier/queue";
	}

}
