package vn.motcua.parindex.results;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.motcua.organization.UnitView;
import vn.motcua.parindex.sets.ParSets;
import vn.motcua.parindex.sets.SetRequest;
import vn.motcua.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Criteria sets, their results and their publication. */
@RestController
@RequestMapping("/api/v1/par/sets")
class ParApiController {

	private final ParSets sets;

	private final Results results;

	ParApiController(ParSets sets, Results results) {
		this.sets = sets;
		this.results = results;
	}

	@PostMapping
	ResponseEntity<Map<String, UUID>> create(@Valid @RequestBody SetRequest request, @AuthenticationPrincipal Actor actor) {
		UUID id = this.sets.create(request, actor);
		return ResponseEntity.created(URI.create("/api/v1/par/sets/" + id)).body(Map.of("id", id));
	}

	/** @return the sets that concern the caller, newest year first. */
	@GetMapping
	List<SetSummary> list(@AuthenticationPrincipal Actor actor) {
		return this.sets.concerning(actor)
			.stream()
			.map(s -> new SetSummary(s.id(), s.year(), s.name(), s.issuer().code(), s.units().stream().map(UnitView::code).toList(),
					s.published(), s.decision(), s.decisionDate()))
			.toList();
	}

	@GetMapping("/{id}/results")
	List<UnitResult> results(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return this.results.of(id, actor);
	}

	@PostMapping("/{id}/publication")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void publish(@PathVariable UUID id, @Valid @RequestBody Publication request, @AuthenticationPrincipal Actor actor) {
		this.results.publish(id, request.decision(), request.date(), actor);
	}

	/** A set in the list: its units by code, and the decision that published its results, if any. */
	record SetSummary(UUID id, int year, String name, String issuerUnit, List<String> units, boolean published,
			@Nullable String decision, @Nullable LocalDate decisionDate) {
	}

	/** The issuer's decision announcing the results: its number and date. */
	record Publication(@NotBlank(message = "{validation.required}") @Size(max = 100) String decision,
			@NotNull(message = "{validation.required}") LocalDate date) {
	}

}
