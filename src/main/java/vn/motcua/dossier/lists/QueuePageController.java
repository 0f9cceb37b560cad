package vn.motcua.dossier.lists;

import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.shared.Actor;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Back office: the official's work queues. */
@Controller
class QueuePageController {

	private final DossierQueries queries;

	QueuePageController(DossierQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/quan-tri/ho-so")
	String queue(@RequestParam(defaultValue = "MY_STEPS") WorkQueue queue,
			@RequestParam(required = false) @Nullable DossierStatus status, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("queue", queue);
		model.addAttribute("status", status);
		model.addAttribute("counts", this.queries.counts(actor));
		model.addAttribute("result", this.queries.search(actor, queue, List.of(), status, page, 50));
		model.addAttribute("statuses", DossierStatus.values());
		model.addAttribute("queues", WorkQueue.values());
		return "dossier/queue";
	}

}
