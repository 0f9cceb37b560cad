package vn.motcua.monitoring.statistics;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * On-time statistics for officials (HTTP Basic), scoped to the units they oversee. Periods are
 * inclusive dates; without them, this year up to today.
 */
@RestController
@RequestMapping("/api/v1/stats")
class StatsApiController {

	private final Questions questions;

	private final Breakdowns breakdowns;

	StatsApiController(Questions questions, Breakdowns breakdowns) {
		this.questions = questions;
		this.breakdowns = breakdowns;
	}

	@GetMapping("/dossiers")
	DossierCounts dossiers(@RequestParam String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "false") boolean includeSubUnits, @AuthenticationPrincipal Actor actor) {
		return this.breakdowns.counts(this.questions.selectOrThisYear(actor, unit, from, to, includeSubUnits));
	}

	/** @param by {@code unit} (the sub-units, ranked), {@code procedure}, {@code field} or {@code month}. */
	@GetMapping("/dossiers/breakdown")
	List<Line> breakdown(@RequestParam String unit, @RequestParam String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@AuthenticationPrincipal Actor actor) {
		Selection s = this.questions.selectOrThisYear(actor, unit, from, to, true);
		return switch (by) {
			case "unit" -> this.breakdowns.bySubUnit(s);
			case "procedure" -> this.breakdowns.byProcedure(s);
			case "field" -> this.breakdowns.byField(s);
			case "month" -> this.breakdowns.byMonth(s);
			default -> throw new DomainException(Kind.INVALID, "breakdown-invalid", by);
		};
	}

}
