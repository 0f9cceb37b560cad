package vn.motcua.dossier.online;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.ProcedureView.RequiredDocument;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.domain.BirthDeclaration;
import vn.motcua.dossier.domain.SubmissionApplicant;
import vn.motcua.dossier.domain.SubmissionStatus;

/**
 * An online submission: the draft as saved so far, or what was sent to the desk.
 *
 * @param documents the procedure's required documents, each with the files given for it.
 * @param dossierCode once the desk decided: the dossier it became.
 * @param resultDelivery once sent: how the applicant will receive the result.
 * @param committedAt once sent: when the applicant committed that what they declared is true.
 * @param declaration the electronic declaration typed, for a procedure that has one.
 */
public record SubmissionView(UUID id, String procedureCode, String procedureName, String agencyCode,
		String agencyName, UUID unitId, SubmissionApplicant applicant, SubmissionStatus status, OffsetDateTime createdAt,
		@Nullable OffsetDateTime submittedAt, @Nullable String dossierCode, List<Document> documents, long version,
		@Nullable ResultDelivery resultDelivery, @Nullable OffsetDateTime committedAt,
		@Nullable BirthDeclaration declaration) {

	/** A required document and the files given for it. */
	public record Document(RequiredDocument required, List<File> files) {
	}

	/** A file of the submission; {@code fromStore} when taken from the citizen's data store. */
	public record File(UUID id, String fileName, String contentType, long size, boolean fromStore) {
	}

	/** @return whether every required document has at least one file. */
	public boolean documentsComplete() {
		return this.documents.stream().allMatch(d -> !d.files().isEmpty());
	}

}
