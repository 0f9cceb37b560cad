package vn.motcua.parindex.sets;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Actor;
import vn.motcua.shared.FieldInvalid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Criteria sets to and from the published workbook layout: on the API, and as a download from the set's page. */
@RestController
class CriteriaWorkbookController {

	private final SetWorkbooks workbooks;

	CriteriaWorkbookController(SetWorkbooks workbooks) {
		this.workbooks = workbooks;
	}

	/**
	 * A set whose criteria and bands come from a workbook ({@code criteria.xlsx} of another set is one).
	 * @param units the codes of the units assessed, comma-separated or repeated.
	 */
	@PostMapping(value = "/api/v1/par/sets/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Map<String, UUID>> importSet(@RequestParam MultipartFile file, @RequestParam int year,
			@RequestParam String name, @RequestParam String issuerUnit, @RequestParam List<String> units,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate periodTo,
			@AuthenticationPrincipal Actor actor) throws IOException {
		if (name.isBlank() || name.length() > 300) {
			throw new FieldInvalid("name", "validation.required");
		}
		SetRequest header = new SetRequest(year, name, issuerUnit, units, null, List.of(), periodFrom, periodTo, null, null);
		UUID id = this.workbooks.importSet(header, file.getInputStream(), actor);
		return ResponseEntity.created(URI.create("/api/v1/par/sets/" + id)).body(Map.of("id", id));
	}

	@GetMapping({ "/api/v1/par/sets/{id}/criteria.xlsx", "/quan-tri/chi-so-cchc/{id}/bo-tieu-chi.xlsx" })
	ResponseEntity<byte[]> export(@PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"bo-tieu-chi.xlsx\"")
			.body(this.workbooks.export(id, actor));
	}

}
