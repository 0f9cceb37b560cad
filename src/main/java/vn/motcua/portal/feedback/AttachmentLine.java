package vn.motcua.portal.feedback;

import java.util.UUID;

/** A file of a feedback, as listed. */
record AttachmentLine(UUID id, String fileName, long size) {
}
