package vn.motcua.monitoring.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.monitoring.DossierCounts;
import vn.motcua.monitoring.DossierStatistics;
import vn.motcua.monitoring.DossierStatistics.Selection;
import vn.motcua.monitoring.ServiceIndex;
import vn.motcua.monitoring.StatsRollups;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * On-time statistics for officials (HTTP Basic), scoped to the units they oversee. Periods are
 * inclusive dates; without them, this year up to today.
 */
@RestController
@RequestMapping("/api/v1/stats")
class StatsApiController {

	private final DossierStatistics statistics;

	private final ServiceIndex serviceIndex;

	private final StatsRollups rollups;

	StatsApiController(DossierStatistics statistics, ServiceIndex serviceIndex, StatsRollups rollups) {
		this.statistics = statistics;
		this.serviceIndex = serviceIndex;
		this.rollups = rollups;
	}

	@GetMapping("/dossiers")
	DossierCounts dossiers(@RequestParam String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "false") boolean includeSubUnits, @AuthenticationPrincipal Actor actor) {
		return this.statistics.counts(select(actor, unit, from, to, includeSubUnits));
	}

	/** @param by {@code unit} (the sub-units, ranked), {@code procedure}, {@code field} or {@code month}. */
	@GetMapping("/dossiers/breakdown")
	List<DossierStatistics.Line> breakdown(@RequestParam String unit, @RequestParam String by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@AuthenticationPrincipal Actor actor) {
		Selection s = select(actor, unit, from, to, true);
		return switch (by) {
			case "unit" -> this.statistics.bySubUnit(s);
			case "procedure" -> this.statistics.byProcedure(s);
			case "field" -> this.statistics.byField(s);
			case "month" -> this.statistics.byMonth(s);
			default -> throw new DomainException(Kind.INVALID, "breakdown-invalid", by);
		};
	}

	@GetMapping("/service-index")
	ServiceIndex.Result serviceIndex(@RequestParam String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@AuthenticationPrincipal Actor actor) {
		return this.serviceIndex.compute(select(actor, unit, from, to, true));
	}

	/** Recomputes the rollups from the dossiers (after a repair of data, or an upgrade). */
	@PostMapping("/rebuild")
	@AdministratorsOnly
	Map<String, Integer> rebuild() {
		return Map.of("rows", this.rollups.rebuild());
	}

	private Selection select(Actor actor, String unit, @Nullable LocalDate from, @Nullable LocalDate to,
			boolean includeSubUnits) {
		LocalDate end = to != null ? to : this.statistics.today();
		LocalDate start = from != null ? from : end.withDayOfYear(1);
		return this.statistics.select(actor, unit, start, end, includeSubUnits);
	}

}
