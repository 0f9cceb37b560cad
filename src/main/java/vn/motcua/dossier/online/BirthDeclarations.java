package vn.motcua.dossier.online;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import vn.motcua.dossier.domain.BirthDeclaration;
import vn.motcua.dossier.files.AttachmentStore;
import vn.motcua.dossier.forms.BirthDeclarationForm;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.TextFolding;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The electronic declaration of a birth registration (Đăng ký khai sinh), the most common
 * procedure: instead of uploading a scanned tờ khai, the citizen types the particulars; the
 * declaration is printed as a PDF and given as the file of the procedure's declaration document
 * (the required document named «Tờ khai …», else the first), replacing the one printed before.
 */
@Service
@Transactional
class BirthDeclarations {

	static final String FILE_NAME = "to-khai-dang-ky-khai-sinh.pdf";

	private final CitizenSubmissions submissions;

	private final AttachmentStore files;

	private final OrganizationManagement organization;

	private final Clock clock;

	BirthDeclarations(CitizenSubmissions submissions, AttachmentStore files, OrganizationManagement organization,
			Clock clock) {
		this.submissions = submissions;
		this.files = files;
		this.organization = organization;
		this.clock = clock;
	}

	/** @return whether the procedure named so has an electronic declaration. */
	static boolean offeredFor(String procedureName) {
		String name = TextFolding.fold(procedureName).strip();
		// the national database names it «Thủ tục đăng ký khai sinh»
		return name.equals("dang ky khai sinh") || name.equals("thu tuc dang ky khai sinh");
	}

	/** @return the position of the required document the declaration stands for. */
	static int documentOf(SubmissionView draft) {
		return draft.documents()
			.stream()
			.filter(d -> TextFolding.fold(d.required().name()).startsWith("to khai"))
			.findFirst()
			.or(() -> draft.documents().stream().findFirst())
			.map(d -> d.required().position())
			.orElseThrow(() -> new DomainException(Kind.CONFLICT, "declaration-not-offered", draft.procedureCode()));
	}

	/**
	 * Keeps the declaration and gives its PDF as the declaration document's file.
	 * @throws DomainException {@code declaration-not-offered}, {@code declaration-invalid} (see
	 * {@link BirthDeclaration#problems}), {@code submission-not-found}, {@code submission-sent}.
	 */
	SubmissionView declare(UUID id, UUID citizenId, BirthDeclaration declaration) {
		SubmissionView draft = this.submissions.draft(id, citizenId);
		if (!offeredFor(draft.procedureName())) {
			throw new DomainException(Kind.CONFLICT, "declaration-not-offered", draft.procedureCode());
		}
		LocalDate today = LocalDate.now(this.clock);
		Map<String, String> problems = declaration.problems(today);
		if (!problems.isEmpty()) {
			throw new DomainException(Kind.INVALID, "declaration-invalid", problems.keySet().iterator().next());
		}
		int document = documentOf(draft);
		draft.documents()
			.stream()
			.filter(d -> d.required().position() == document)
			.flatMap(d -> d.files().stream())
			.filter(f -> f.fileName().equals(FILE_NAME))
			.forEach(f -> this.files.removeFromSubmission(id, f.id()));
		SubmissionView declared = this.submissions.declare(id, citizenId, declaration);
		String place = this.organization.unit(declared.unitId()).map(UnitView::name).orElse("");
		byte[] pdf = BirthDeclarationForm.pdf(declared.agencyName(), declared.applicant(),
				Objects.requireNonNull(declared.declaration()), place, today);
		this.files.addToSubmission(id, document, FILE_NAME, pdf.length, new ByteArrayInputStream(pdf));
		return this.submissions.get(id, citizenId);
	}

}
