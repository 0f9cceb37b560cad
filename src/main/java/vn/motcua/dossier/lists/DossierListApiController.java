package vn.motcua.dossier.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists and work queues of dossiers for officials (HTTP Basic). */
@RestController
@RequestMapping("/api/v1/dossiers")
class DossierListApiController {

	private final DossierQueries queries;

	private final OrganizationManagement organization;

	private final Clock clock;

	DossierListApiController(DossierQueries queries, OrganizationManagement organization, Clock clock) {
		this.queries = queries;
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping
	DossierPage search(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(defaultValue = "true") boolean includeSubUnits,
			@RequestParam(required = false) @Nullable DossierStatus status,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "ALL") WorkQueue queue, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String procedure,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable Channel channel, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal Actor actor) {
		List<UUID> units = List.of();
		if (unit != null && !unit.isBlank()) {
			UUID unitId = this.organization.unitOn(unit.strip(), LocalDate.now(this.clock))
				.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "unit-not-found", unit))
				.id();
			if (!this.organization.scopeOf(actor).contains(unitId)) { // said, not answered with an empty list
				throw new DomainException(Kind.NOT_FOUND, "unit-not-found", unit);
			}
			units = includeSubUnits ? List.copyOf(this.organization.unitAndBelow(unitId)) : List.of(unitId);
		}
		return this.queries.search(actor, overdue ? WorkQueue.OVERDUE : queue, units, status,
				new DossierSearch(q, procedure, from, to, channel), page, size);
	}

	@GetMapping("/queues")
	Map<WorkQueue, Long> queues(@AuthenticationPrincipal Actor actor) {
		return this.queries.counts(actor);
	}

}
