package vn.motcua.dossier.files;

import java.util.UUID;

/**
 * A file of an online submission, given for required document {@code document} (its position).
 * @param fromStore whether it was taken from the citizen's data store rather than uploaded.
 */
public record SubmissionFile(UUID id, int document, String fileName, String contentType, long size,
		boolean fromStore) {
}
