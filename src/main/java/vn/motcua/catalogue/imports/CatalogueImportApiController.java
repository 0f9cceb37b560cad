package vn.motcua.catalogue.imports;

import java.io.IOException;
import java.time.LocalDate;

import vn.motcua.shared.Actor;
import vn.motcua.shared.AdministratorsOnly;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The Excel import for integrations: 200 with the number imported, 400 with every error. */
@RestController
class CatalogueImportApiController {

	private final CatalogueImport importer;

	CatalogueImportApiController(CatalogueImport importer) {
		this.importer = importer;
	}

	@PostMapping(value = "/api/v1/procedures/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@AdministratorsOnly
	ResponseEntity<Report> importExcel(@RequestParam MultipartFile file,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@AuthenticationPrincipal Actor actor) throws IOException {
		Report report = this.importer.importExcel(file.getInputStream(), effectiveFrom, actor);
		return report.succeeded() ? ResponseEntity.ok(report) : ResponseEntity.badRequest().body(report);
	}

}
