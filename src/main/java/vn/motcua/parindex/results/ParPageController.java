package vn.motcua.parindex.results;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.UnitView;
import vn.motcua.parindex.assessment.Scores;
import vn.motcua.shared.PageErrors;
import vn.motcua.parindex.sets.ParAccess;
import vn.motcua.parindex.sets.ParSet;
import vn.motcua.parindex.sets.ParSets;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The PAR Index pages: the sets that concern the official; a set with its ranking and chart (the
 * committee before publication, everyone concerned after), each unit's progress and the
 * publication form for the committee, and the way to the official's own unit's assessment.
 */
@Controller
@RequestMapping("/quan-tri/chi-so-cchc")
class ParPageController {

	private final ParSets sets;

	private final Results results;

	private final ParAccess access;

	private final MessageSource messages;

	private final Scores scores;

	ParPageController(ParSets sets, Results results, ParAccess access, MessageSource messages, Scores scores) {
		this.scores = scores;
		this.sets = sets;
		this.results = results;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping
	String list(@AuthenticationPrincipal Actor actor, Model model) {
		model.addAttribute("lines", this.sets.concerning(actor)
			.stream()
			.map(s -> new SetLine(s, this.access.committee(actor, s.issuer()), ownUnit(s, actor)))
			.toList());
		return "parindex/sets";
	}

	@GetMapping("/{id}")
	String set(@PathVariable UUID id, @AuthenticationPrincipal Actor actor, Model model) {
		ParSet set = this.sets.require(id);
		boolean committee = this.access.committee(actor, set.issuer());
		UnitView own = ownUnit(set, actor);
		if (!committee && !set.published()) {
			if (own == null) {
				throw new DomainException(DomainException.Kind.NOT_FOUND, "par-results-not-published");
			}
			return "redirect:/quan-tri/chi-so-cchc/" + id + "/don-vi/" + own.code();
		}
		List<UnitResult> lines = this.results.of(id, actor);
		model.addAttribute("set", set);
		model.addAttribute("committee", committee);
		model.addAttribute("own", own);
		model.addAttribute("lines", lines);
		model.addAttribute("statuses", committee ? this.scores.statuses(set) : Map.of());
		model.addAttribute("chart", UnitResult.chart(lines));
		return "parindex/set";
	}

	@PostMapping("/{id}/cong-bo")
	String publish(@PathVariable UUID id, @RequestParam String decision,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@AuthenticationPrincipal Actor actor, RedirectAttributes redirect) {
		if (decision.isBlank() || decision.length() > 100 || date == null) {
			redirect.addFlashAttribute("error", this.messages.getMessage("par.publish.required", null,
					LocaleContextHolder.getLocale()));
		}
		else {
			try {
				this.results.publish(id, decision, date, actor);
				redirect.addFlashAttribute("published", true);
			}
			catch (DomainException ex) {
				redirect.addFlashAttribute("error", PageErrors.describe(ex, this.messages));
			}
		}
		return "redirect:/quan-tri/chi-so-cchc/" + id;
	}

	private static @Nullable UnitView ownUnit(ParSet set, Actor actor) {
		return set.units().stream().filter(u -> u.id().equals(actor.unitId())).findFirst().orElse(null);
	}

	/** A set in the list, with what the official does there. */
	record SetLine(ParSet set, boolean committee, @Nullable UnitView own) {
	}

}
