package vn.motcua.dossier.files;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.motcua.shared.DomainException;
import vn.motcua.shared.SqlTimes;
import vn.motcua.shared.Uploads;
import vn.motcua.shared.Uploads.Stored;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one place that reads and writes the files of dossiers ({@code dossier_attachment}) and of
 * online submissions ({@code dossier_submission_file}): the bytes are checked and stored by
 * {@link Uploads}, the rows keep their SHA-256, which every read checks again.
 */
@Repository
public class AttachmentStore {

	/** A draft holds at most so many files, and so many bytes in all: a citizen's account fills no disk. */
	public static final int DRAFT_FILES = 40;

	static final long DRAFT_BYTES = 200L * 1024 * 1024;

	private final JdbcClient jdbc;

	private final Uploads uploads;

	private final Clock clock;

	AttachmentStore(JdbcClient jdbc, Uploads uploads, Clock clock) {
		this.jdbc = jdbc;
		this.uploads = uploads;
		this.clock = clock;
	}

	/**
	 * Stores an upload as a file of the dossier.
	 * @throws DomainException {@code attachment-type}, {@code attachment-too-large}.
	 */
	public UUID attach(UUID dossierId, String fileName, long size, InputStream content, String uploadedBy) {
		return attach(dossierId, fileName, size, content, uploadedBy, null, null);
	}

	/**
	 * Stores an upload as a file of the dossier, marked by what it is.
	 * @param kind {@code SCAN}, {@code DRAFT_RESULT}, {@code RESULT} or {@literal null}.
	 * @param documentName for a scan, the handed-in document it is of.
	 * @throws DomainException {@code attachment-type}, {@code attachment-too-large}.
	 */
	public UUID attach(UUID dossierId, String fileName, long size, InputStream content, String uploadedBy,
			@Nullable String kind, @Nullable String documentName) {
		return store(dossierId, fileName, size, content, uploadedBy, kind, documentName, null);
	}

	/**
	 * Stores an upload as a scan of the dossier's component {@code component} (a page or file of one
	 * required document; a component's files keep the order they came in).
	 * @throws DomainException {@code attachment-type}, {@code attachment-too-large}.
	 */
	public UUID attachScan(UUID dossierId, int component, String documentName, String fileName, long size,
			InputStream content, String uploadedBy) {
		return store(dossierId, fileName, size, content, uploadedBy, "SCAN", documentName, component);
	}

	private UUID store(UUID dossierId, String fileName, long size, InputStream content, String uploadedBy,
			@Nullable String kind, @Nullable String documentName, @Nullable Integer component) {
		Stored file = this.uploads.store(fileName, size, content);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into dossier_attachment (id, dossier_id, file_name, content_type, size_bytes, sha256, storage_path,
				  uploaded_by, uploaded_at, kind, document_name, component) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, dossierId, file.fileName(), file.contentType(), file.size(), file.sha256(), file.path(), uploadedBy,
					Timestamp.from(this.clock.instant()), kind, documentName, component)
			.update();
		return id;
	}

	/** @return the files of the dossier, oldest first. */
	public List<AttachmentView> ofDossier(UUID dossierId) {
		return this.jdbc.sql("""
				select id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, kind, document_name, component,
				  stored_document is not null as from_store from dossier_attachment
				where dossier_id = :id order by uploaded_at, file_name""")
			.param("id", dossierId)
			.query((rs, n) -> new AttachmentView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getLong(4), rs.getString(5), rs.getString(6),
					Objects.requireNonNull(SqlTimes.at(rs, "uploaded_at", this.clock.getZone())), rs.getString("kind"),
					rs.getString("document_name"), rs.getObject("component", Integer.class), rs.getBoolean("from_store")))
			.list();
	}

	/** @return the names of the files of the dossier {@code code}, oldest first. */
	public List<String> namesOf(String code) {
		return this.jdbc.sql("""
				select a.file_name from dossier_attachment a join dossier d on d.id = a.dossier_id where d.code = ?
				order by a.uploaded_at, a.file_name""")
			.param(code)
			.query(String.class)
			.list();
	}

	/**
	 * @return the latest file of kind {@code kind} of the dossier {@code code}, checked against its SHA-256.
	 * @throws DomainException {@code attachment-corrupted}.
	 */
	public Optional<Uploads.File> latestOfKind(String code, String kind) {
		return this.jdbc.sql("""
				select a.file_name, a.content_type, a.storage_path, a.sha256 from dossier_attachment a
				  join dossier d on d.id = a.dossier_id
				 where d.code = :code and a.kind = :kind order by a.uploaded_at desc, a.id limit 1""")
			.param("code", code)
			.param("kind", kind)
			.query((rs, n) -> this.uploads.file(rs))
			.optional();
	}

	/**
	 * @return the file's bytes if it is one of the dossier's, checked against their SHA-256.
	 * @throws DomainException {@code attachment-corrupted}.
	 */
	public Optional<Uploads.File> fileOfDossier(UUID dossierId, UUID attachmentId) {
		return this.jdbc.sql("""
				select file_name, content_type, storage_path, sha256 from dossier_attachment where id = :id and dossier_id = :dossier""")
			.param("id", attachmentId)
			.param("dossier", dossierId)
			.query((rs, n) -> this.uploads.file(rs))
			.optional();
	}

	/**
	 * Stores an upload as a file of the submission, for its required document {@code document}.
	 * @throws DomainException {@code attachment-type}, {@code attachment-too-large},
	 * {@code submission-too-many-files}, {@code submission-too-large}.
	 */
	public void addToSubmission(UUID submissionId, int document, String fileName, long size, InputStream content) {
		long[] held = this.jdbc.sql("""
				select count(*), coalesce(sum(size_bytes), 0) from dossier_submission_file where submission_id = ?""")
			.param(submissionId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		if (held[0] >= DRAFT_FILES) {
			throw new DomainException(DomainException.Kind.INVALID, "submission-too-many-files", DRAFT_FILES);
		}
		if (held[1] + Math.max(size, 0) > DRAFT_BYTES) {
			throw new DomainException(DomainException.Kind.INVALID, "submission-too-large", DRAFT_BYTES / 1024 / 1024);
		}
		Stored file = this.uploads.store(fileName, size, content);
		this.jdbc.sql("""
				insert into dossier_submission_file (id, submission_id, document, file_name, content_type, size_bytes, sha256,
				  storage_path, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), submissionId, document, fileName, file.contentType(), file.size(), file.sha256(),
					file.path(), Timestamp.from(this.clock.instant()))
			.update();
	}

	/** Removes a file of a draft, and its bytes from the disk once the removal commits (not a stored document's). */
	public void removeFromSubmission(UUID submissionId, UUID fileId) {
		this.jdbc.sql("""
				delete from dossier_submission_file where id = ? and submission_id = ?
				returning case when stored_document is null then storage_path end""")
			.params(fileId, submissionId)
			.query(String.class)
			.optional()
			.ifPresent(this.uploads::deleteAfterCommit);
	}

	/** @return the files of the submission, oldest first. */
	public List<SubmissionFile> ofSubmission(UUID submissionId) {
		return this.jdbc.sql("""
				select id, document, file_name, content_type, size_bytes, stored_document is not null from dossier_submission_file
				where submission_id = ? order by uploaded_at, file_name""")
			.param(submissionId)
			.query((rs, n) -> new SubmissionFile(rs.getObject("id", UUID.class), rs.getInt("document"),
					rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"), rs.getBoolean(6)))
			.list();
	}

	/**
	 * @return the file's bytes if it is one of the submission's, checked against their SHA-256.
	 * @throws DomainException {@code attachment-corrupted}.
	 */
	public Optional<Uploads.File> fileOfSubmission(UUID submissionId, UUID fileId) {
		return this.jdbc.sql("""
				select file_name, content_type, storage_path, sha256 from dossier_submission_file
				where id = ? and submission_id = ?""")
			.params(fileId, submissionId)
			.query((rs, n) -> this.uploads.file(rs))
			.optional();
	}

	/**
	 * The submission's files become the dossier's scans, as uploaded by the citizen's contact, each of
	 * its component, those taken from the citizen's data store marked so.
	 */
	public void copySubmissionFiles(UUID submissionId, UUID dossierId) {
		this.jdbc.sql("""
				insert into dossier_attachment (id, dossier_id, file_name, content_type, size_bytes, sha256, storage_path,
				  uploaded_by, uploaded_at, kind, component, stored_document)
				select gen_random_uuid(), ?, f.file_name, f.content_type, f.size_bytes, f.sha256, f.storage_path,
				  s.citizen_contact, f.uploaded_at, 'SCAN',
				  case when f.document between 1 and 99 then f.document end, f.stored_document
				from dossier_submission_file f join dossier_submission s on s.id = f.submission_id where s.id = ?""")
			.params(dossierId, submissionId)
			.update();
	}

}
