package vn.motcua.dossier.web;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.AttachmentView;
import vn.motcua.dossier.DossierAttachments;
import vn.motcua.dossier.DossierDocuments;
import vn.motcua.dossier.DossierManagement;
import vn.motcua.dossier.DossierPage;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.TransitionRequest;
import vn.motcua.dossier.WorkQueue;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Uploads;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Dossiers for officials (HTTP Basic): intake, actions, reading, lists and work queues. */
@RestController
@RequestMapping("/api/v1/dossiers")
class DossierApiController {

	private final DossierManagement dossiers;

	private final DossierQueries queries;

	private final DossierDocuments documents;

	private final DossierAttachments attachments;

	private final OrganizationManagement organization;

	private final Clock clock;

	DossierApiController(DossierManagement dossiers, DossierQueries queries, DossierDocuments documents,
			DossierAttachments attachments, OrganizationManagement organization, Clock clock) {
		this.attachments = attachments;
		this.dossiers = dossiers;
		this.queries = queries;
		this.documents = documents;
		this.organization = organization;
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<DossierView> receive(@Valid @RequestBody IntakeRequest request, @AuthenticationPrincipal Actor actor) {
		DossierView dossier = this.dossiers.receive(request, actor);
		return ResponseEntity.created(URI.create("/api/v1/dossiers/" + dossier.code())).body(dossier);
	}

	@GetMapping("/{code}")
	DossierView dossier(@PathVariable String code, @AuthenticationPrincipal Actor actor) {
		return this.dossiers.get(code, actor);
	}

	@PostMapping("/{code}/transitions")
	DossierView act(@PathVariable String code, @Valid @RequestBody TransitionRequest request,
			@AuthenticationPrincipal Actor actor) {
		return this.dossiers.act(code, request, actor);
	}

	@GetMapping
	DossierPage search(@RequestParam(required = false) @Nullable String unit,
			@RequestParam(defaultValue = "true") boolean includeSubUnits,
			@RequestParam(required = false) @Nullable DossierStatus status,
			@RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(defaultValue = "ALL") WorkQueue queue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal Actor actor) {
		List<UUID> units = List.of();
		if (unit != null && !unit.isBlank()) {
			UUID unitId = this.organization.unitOn(unit.strip(), LocalDate.now(this.clock))
				.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "unit-not-found", unit))
				.id();
			units = includeSubUnits ? List.copyOf(this.organization.unitAndBelow(unitId)) : List.of(unitId);
		}
		return this.queries.search(actor, overdue ? WorkQueue.OVERDUE : queue, units, status, page, size);
	}

	@GetMapping(value = "/{code}/forms/{form}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form,
			@AuthenticationPrincipal Actor actor) {
		return Downloads.inline(this.documents.form(code, form, actor), "mau-" + form + "-" + code + ".pdf",
				MediaType.APPLICATION_PDF);
	}

	@GetMapping("/log-book.{format}")
	ResponseEntity<byte[]> logBook(@PathVariable String format, @RequestParam String unit,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@AuthenticationPrincipal Actor actor) {
		boolean excel = "xlsx".equals(format);
		if (!excel && !"pdf".equals(format)) {
			throw new DomainException(Kind.NOT_FOUND, "form-not-found", format);
		}
		UUID unitId = this.organization.unitOn(unit.strip(), from)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "unit-not-found", unit))
			.id();
		return Downloads.inline(this.documents.logBook(unitId, from, to, excel, actor),
				"so-theo-doi-ho-so-" + unit + "." + format, excel ? Downloads.XLSX : MediaType.APPLICATION_PDF);
	}

	@PostMapping(value = "/{code}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentView> upload(@PathVariable String code, @RequestParam MultipartFile file,
			@AuthenticationPrincipal Actor actor) throws IOException {
		AttachmentView attachment = this.attachments.upload(code, file.getOriginalFilename() == null ? ""
				: file.getOriginalFilename(), file.getSize(), file.getInputStream(), actor);
		return ResponseEntity.created(URI.create("/api/v1/dossiers/" + code + "/attachments/" + attachment.id()))
			.body(attachment);
	}

	@GetMapping("/{code}/attachments")
	List<AttachmentView> attachments(@PathVariable String code, @AuthenticationPrincipal Actor actor) {
		return this.attachments.list(code, actor);
	}

	@GetMapping("/{code}/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable UUID id, @AuthenticationPrincipal Actor actor) {
		Uploads.File file = this.attachments.download(code, id, actor);
		return Downloads.attachment(file.bytes(), file.fileName(), MediaType.parseMediaType(file.contentType()));
	}

	@GetMapping("/queues")
	Map<WorkQueue, Long> queues(@AuthenticationPrincipal Actor actor) {
		return this.queries.counts(actor);
	}

}
