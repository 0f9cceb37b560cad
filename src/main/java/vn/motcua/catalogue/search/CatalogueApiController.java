package vn.motcua.catalogue.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.catalogue.procedures.ProcedureRepository;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The procedure catalogue for officials and integrations: the versions in force on a day. */
@RestController
@PreAuthorize("isAuthenticated()") // the catalogue is every official's to read
@RequestMapping("/api/v1/procedures")
class CatalogueApiController {

	private final ProcedureSearch search;

	private final ProcedureRepository procedures;

	private final Clock clock;

	CatalogueApiController(ProcedureSearch search, ProcedureRepository procedures, Clock clock) {
		this.search = search;
		this.procedures = procedures;
		this.clock = clock;
	}

	@GetMapping
	List<ProcedureView> procedures(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		return this.search.search(q, orToday(date));
	}

	@GetMapping("/{code}")
	ProcedureView procedure(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		return this.procedures.require(code, orToday(date));
	}

	private LocalDate orToday(@Nullable LocalDate date) {
		return date == null ? LocalDate.now(this.clock) : date;
	}

}
