package vn.motcua.dossier.files;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A file of a dossier, as listed. */
public record AttachmentView(UUID id, String fileName, String contentType, long size, String sha256, String uploadedBy,
		OffsetDateTime uploadedAt) {
}
