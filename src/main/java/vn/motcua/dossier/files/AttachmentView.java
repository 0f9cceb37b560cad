package vn.motcua.dossier.files;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A file of a dossier, as listed.
 *
 * @param kind {@code SCAN}, {@code DRAFT_RESULT} or {@code RESULT}; {@literal null} for any other file.
 * @param documentName the handed-in document a scan is of.
 * @param component for a scan, the position of the required document it is of (its checklist's component).
 * @param fromStore whether the applicant gave it from their data store rather than the desk scanning it.
 */
public record AttachmentView(UUID id, String fileName, String contentType, long size, String sha256, String uploadedBy,
		OffsetDateTime uploadedAt, @Nullable String kind, @Nullable String documentName, @Nullable Integer component,
		boolean fromStore) {

	/** @return whether the file is the draft result or the result (the leader signs it). */
	public boolean isResult() {
		return "DRAFT_RESULT".equals(this.kind) || "RESULT".equals(this.kind);
	}

}
