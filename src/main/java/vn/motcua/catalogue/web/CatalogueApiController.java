package vn.motcua.catalogue.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.CatalogueImport;
import vn.motcua.catalogue.CatalogueImport.Report;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.catalogue.ProcedureView.ProcessStep;
import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The procedure catalogue for officials and integrations: versions, processes, Excel import. */
@RestController
@RequestMapping("/api/v1/procedures")
class CatalogueApiController {

	private final CatalogueManagement catalogue;

	private final CatalogueImport importer;

	private final Clock clock;

	CatalogueApiController(CatalogueManagement catalogue, CatalogueImport importer, Clock clock) {
		this.catalogue = catalogue;
		this.importer = importer;
		this.clock = clock;
	}

	@GetMapping
	List<ProcedureView> procedures(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		return this.catalogue.search(q, orToday(date));
	}

	@GetMapping("/{code}")
	ProcedureView procedure(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date) {
		return this.catalogue.require(code, orToday(date));
	}

	@GetMapping("/{code}/process")
	List<ProcessStep> process(@PathVariable String code, @RequestParam String agency) {
		return this.catalogue.processFor(procedure(code, null).id(), agency);
	}

	@PutMapping("/{code}/process")
	@AdministratorsOnly
	List<ProcessStep> defineProcess(@PathVariable String code, @RequestParam String agency,
			@RequestBody List<ProcessStep> steps, @AuthenticationPrincipal Actor actor) {
		return this.catalogue.defineProcess(procedure(code, null).id(), agency, steps, actor);
	}

	@PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@AdministratorsOnly
	ResponseEntity<Report> importExcel(@RequestParam MultipartFile file,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@AuthenticationPrincipal Actor actor) throws IOException {
		Report report = this.importer.importExcel(file.getInputStream(), effectiveFrom, actor);
		return report.succeeded() ? ResponseEntity.ok(report) : ResponseEntity.badRequest().body(report);
	}

	private LocalDate orToday(@Nullable LocalDate date) {
		return date == null ? LocalDate.now(this.clock) : date;
	}

}
