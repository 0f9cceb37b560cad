package vn.motcua.portal.feedback;

import java.io.InputStream;

/** A file sent with a feedback. */
record Attachment(String fileName, long size, InputStream content) {
}
