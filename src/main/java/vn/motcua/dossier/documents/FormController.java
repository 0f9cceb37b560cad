package vn.motcua.dossier.documents;

import java.time.LocalDate;
import java.util.UUID;

import vn.motcua.dossier.DossierDocuments;
import vn.motcua.dossier.files.Downloads;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The legal forms of a dossier (01–05) and the log book of a unit (06), in the API and the back office. */
@Controller
class FormController {

	private final FormDocuments forms;

	private final DossierDocuments documents;

	private final OrganizationManagement organization;

	FormController(FormDocuments forms, DossierDocuments documents, OrganizationManagement organization) {
		this.forms = forms;
		this.documents = documents;
		this.organization = organization;
	}

	@GetMapping(value = "/api/v1/dossiers/{code}/forms/{form}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form,
			@AuthenticationPrincipal Actor actor) {
		return pdf(code, form, actor);
	}

	@GetMapping("/quan-tri/ho-so/{code}/mau/{form}.pdf")
	ResponseEntity<byte[]> formPage(@PathVariable String code, @PathVariable String form,
			@AuthenticationPrincipal Actor actor) {
		return pdf(code, form, actor);
	}

	@GetMapping("/api/v1/dossiers/log-book.{format}")
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

	private ResponseEntity<byte[]> pdf(String code, String form, Actor actor) {
		return Downloads.inline(this.forms.form(code, form, actor), "mau-" + form + "-" + code + ".pdf",
				MediaType.APPLICATION_PDF);
	}

}
