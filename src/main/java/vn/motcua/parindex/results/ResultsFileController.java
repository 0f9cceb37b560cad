package vn.motcua.parindex.results;

import java.util.UUID;

import vn.motcua.dossier.forms.Tabular;
import vn.motcua.parindex.sets.ParSets;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A set's results as Excel or PDF, for those who may read them ({@link Results#of}). */
@RestController
class ResultsFileController {

	private final ParSets sets;

	private final Results results;

	ResultsFileController(ParSets sets, Results results) {
		this.sets = sets;
		this.results = results;
	}

	/** @param format {@code xlsx} or {@code pdf}. */
	@GetMapping("/quan-tri/chi-so-cchc/{id}/ket-qua.{format}")
	ResponseEntity<byte[]> resultsFile(@PathVariable UUID id, @PathVariable String format,
			@AuthenticationPrincipal Actor actor) {
		if (!format.equals("xlsx") && !format.equals("pdf")) {
			throw new DomainException(DomainException.Kind.NOT_FOUND, "report-not-found", "ket-qua." + format);
		}
		Tabular table = ResultsFile.of(this.sets.require(id), this.results.of(id, actor));
		boolean excel = format.equals("xlsx");
		return ResponseEntity.ok()
			.contentType(excel ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
					: MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ket-qua-chi-so-cchc." + format + "\"")
			.body(excel ? table.xlsx() : table.pdf());
	}

}
