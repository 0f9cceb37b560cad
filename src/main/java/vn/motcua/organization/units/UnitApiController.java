package vn.motcua.organization.units;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.DomainException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public data: administrative units in force on a date, with their history. */
@RestController
@RequestMapping("/api/v1/units")
class UnitApiController {

	private final OrganizationManagement organization;

	private final Clock clock;

	UnitApiController(OrganizationManagement organization, Clock clock) {
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping
	List<UnitView> units(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			@RequestParam(required = false) @Nullable String parent) {
		return this.organization.unitsOn(orToday(date), parent);
	}

	@GetMapping("/{code}")
	UnitHistoryResponse unit(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		UnitView unit = this.organization.unitOn(code, orToday(date))
			.orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "unit-not-found", code));
		return new UnitHistoryResponse(unit, this.organization.predecessors(unit.id()),
				this.organization.successors(unit.id()));
	}

	private LocalDate orToday(@Nullable LocalDate date) {
		return date != null ? date : LocalDate.now(this.clock);
	}

	/** A unit with the units it was formed from and the units that took it over. */
	record UnitHistoryResponse(UnitView unit, List<UnitView> predecessors, List<UnitView> successors) {
	}

}
