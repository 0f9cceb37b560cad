package vn.motcua.organization.agencies;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public data: the agencies in force on a date, of a unit or of all. */
@RestController
@RequestMapping("/api/v1/agencies")
class AgencyApiController {

	private final OrganizationManagement organization;

	private final Clock clock;

	AgencyApiController(OrganizationManagement organization, Clock clock) {
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping
	List<AgencyView> agencies(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		return this.organization.agenciesOn(date != null ? date : LocalDate.now(this.clock), unit);
	}

}
