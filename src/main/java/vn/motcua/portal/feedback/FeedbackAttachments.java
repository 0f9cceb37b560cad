package vn.motcua.portal.feedback;

import java.util.List;
import java.util.UUID;

import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Uploads;
import vn.motcua.shared.Uploads.Stored;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The files sent with feedback ({@code portal_feedback_attachment}): the one place that reads and writes them. */
@Component
class FeedbackAttachments {

	/** Files a feedback may carry. */
	static final int MAX_FILES = 5;

	private final JdbcClient jdbc;

	private final Uploads uploads;

	FeedbackAttachments(JdbcClient jdbc, Uploads uploads) {
		this.jdbc = jdbc;
		this.uploads = uploads;
	}

	/** @throws DomainException {@code too-many-files} over {@link #MAX_FILES}. */
	static void checkCount(List<Attachment> files) {
		if (files.size() > MAX_FILES) {
			throw new DomainException(Kind.INVALID, "too-many-files", MAX_FILES);
		}
	}

	/**
	 * Stores the files of a feedback inside the current transaction.
	 * @throws DomainException {@code attachment-type}, {@code attachment-too-large}.
	 */
	void store(UUID feedbackId, List<Attachment> files) {
		for (Attachment file : files) {
			Stored stored = this.uploads.store(file.fileName(), file.size(), file.content());
			this.jdbc.sql("""
					insert into portal_feedback_attachment (id, feedback_id, file_name, content_type, size_bytes, sha256,
					  storage_path) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), feedbackId, stored.fileName(), stored.contentType(), stored.size(),
						stored.sha256(), stored.path())
				.update();
		}
	}

	/** @return the files of a feedback, by name. */
	List<AttachmentLine> of(UUID feedbackId) {
		return this.jdbc.sql("select id, file_name as fileName, size_bytes as size from portal_feedback_attachment"
				+ " where feedback_id = ? order by file_name")
			.param(feedbackId)
			.query(AttachmentLine.class)
			.list();
	}

	/**
	 * @return a file of a feedback, its bytes checked against their SHA-256.
	 * @throws DomainException {@code attachment-not-found}, {@code attachment-corrupted}.
	 */
	Uploads.File file(UUID feedbackId, UUID fileId) {
		return this.jdbc.sql("""
				select file_name, content_type, storage_path, sha256 from portal_feedback_attachment
				where id = ? and feedback_id = ?""")
			.params(fileId, feedbackId)
			.query((rs, n) -> this.uploads.file(rs))
			.optional()
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "attachment-not-found", fileId));
	}

}
