package vn.motcua.dossier.documents;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.documents.DossierChecklist.ChecklistView;
import vn.motcua.dossier.domain.Checklist.Reason;
import vn.motcua.dossier.files.Downloads;
import vn.motcua.shared.Actor;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The digitisation checklist of a dossier for officials: its components, scanned, marked, or taken
 * from the applicant's data store.
 */
@RestController
@RequestMapping("/api/v1/dossiers/{code}")
class ChecklistApiController {

	private final DossierChecklist checklist;

	ChecklistApiController(DossierChecklist checklist) {
		this.checklist = checklist;
	}

	/** @param reason why a component is not scanned. */
	record Mark(@Nullable Reason reason) {
	}

	/** @param storedDocument a document of the applicant's data store, as the checklist offers it. */
	record FromStore(@Nullable UUID storedDocument) {
	}

	@GetMapping("/components")
	ChecklistView checklist(@PathVariable String code, @AuthenticationPrincipal Actor actor) {
		return this.checklist.of(code, actor);
	}

	@PostMapping(path = "/components/{position}/scans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ChecklistView> scan(@PathVariable String code, @PathVariable int position,
			@RequestParam MultipartFile file, @AuthenticationPrincipal Actor actor) throws IOException {
		this.checklist.scan(code, position, file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
				file.getSize(), file.getInputStream(), actor);
		return ResponseEntity.created(URI.create("/api/v1/dossiers/" + code + "/components"))
			.body(this.checklist.of(code, actor));
	}

	@PostMapping("/components/{position}/stored")
	ResponseEntity<ChecklistView> fromStore(@PathVariable String code, @PathVariable int position,
			@RequestBody FromStore body, @AuthenticationPrincipal Actor actor) {
		this.checklist.takeFromStore(code, position, body.storedDocument(), actor);
		return ResponseEntity.created(URI.create("/api/v1/dossiers/" + code + "/components"))
			.body(this.checklist.of(code, actor));
	}

	/** A document the checklist offers from the applicant's data store, to compare before taking it. */
	@GetMapping("/stored-documents/{stored}")
	ResponseEntity<byte[]> applicantDocument(@PathVariable String code, @PathVariable UUID stored,
			@AuthenticationPrincipal Actor actor) {
		return Downloads.attachment(this.checklist.applicantDocument(code, stored, actor));
	}

	@PutMapping("/components/{position}/reason")
	ChecklistView mark(@PathVariable String code, @PathVariable int position, @RequestBody Mark mark,
			@AuthenticationPrincipal Actor actor) {
		this.checklist.mark(code, position, mark.reason(), actor);
		return this.checklist.of(code, actor);
	}

	@DeleteMapping("/components/{position}/reason")
	ChecklistView unmark(@PathVariable String code, @PathVariable int position, @AuthenticationPrincipal Actor actor) {
		this.checklist.mark(code, position, null, actor);
		return this.checklist.of(code, actor);
	}

}
