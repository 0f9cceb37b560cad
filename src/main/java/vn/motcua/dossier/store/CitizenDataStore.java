package vn.motcua.dossier.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.SqlTimes;
import vn.motcua.shared.Uploads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's data store (kho quản lý dữ liệu điện tử của cá nhân, Decree 45/2020 Art. 16;
 * reuse of digitised documents, Decree 61/2018 Art. 17.1 as amended by Decree 107/2021): an
 * account keeps each component the desk digitised from its dossiers and each signed result, as the
 * dossier's own file (nothing is copied). A later submission, online or at the counter, is offered
 * them, those of the same kind first ({@code DocumentKind}), and takes one without an upload or a scan.
 */
@Service
@Transactional
public class CitizenDataStore {

	/**
	 * The end of a statement on one document of an account valid on a day (the one rule of validity in
	 * SQL, as {@link #validToday} is in Java): its parameters the document, the account, the day.
	 */
	static final String VALID_DOCUMENT = """
			  from citizen_document c join dossier_attachment a on a.id = c.attachment_id
			 where c.id = ? and c.citizen_id = ? and (c.valid_until is null or c.valid_until >= ?)""";

	private final JdbcClient jdbc;

	private final Uploads uploads;

	private final Clock clock;

	CitizenDataStore(JdbcClient jdbc, Uploads uploads, Clock clock) {
		this.jdbc = jdbc;
		this.uploads = uploads;
		this.clock = clock;
	}

	/**
	 * A document of the store.
	 * @param kind {@code SCAN} (a component digitised) or {@code RESULT} (a signed result).
	 * @param name the required document it was, or for a result the procedure's name.
	 * @param validUntil {@literal null} for a document without an end of validity.
	 */
	public record StoredDocument(UUID id, String kind, String name, String dossierCode, String fileName, long size,
			@Nullable LocalDate validUntil, OffsetDateTime storedAt) {
	}

	/** @return the account's documents, newest first. */
	@Transactional(readOnly = true)
	public List<StoredDocument> of(UUID citizenId) {
		return this.jdbc.sql("""
				select c.id, c.kind, c.document_name, c.dossier_code, a.file_name, a.size_bytes, c.valid_until, c.stored_at
				  from citizen_document c join dossier_attachment a on a.id = c.attachment_id
				 where c.citizen_id = ? order by c.stored_at desc, c.document_name""")
			.param(citizenId)
			.query((rs, n) -> new StoredDocument(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getLong(6), rs.getObject(7, LocalDate.class),
					Objects.requireNonNull(SqlTimes.at(rs, "stored_at", this.clock.getZone()))))
			.list();
	}

	/** @return the documents valid today of the account, newest first. */
	@Transactional(readOnly = true)
	public List<StoredDocument> validToday(UUID citizenId) {
		LocalDate today = LocalDate.now(this.clock);
		return of(citizenId).stream().filter(d -> d.validUntil() == null || !d.validUntil().isBefore(today)).toList();
	}

	/**
	 * Sets until when a document of the account is valid ({@literal null}: without an end); an expired
	 * one is no longer offered.
	 * @throws DomainException {@code stored-document-not-found}.
	 */
	public void setValidUntil(UUID citizenId, UUID storedId, @Nullable LocalDate validUntil) {
		int set = this.jdbc.sql("update citizen_document set valid_until = ? where id = ? and citizen_id = ?")
			.params(validUntil, storedId, citizenId)
			.update();
		if (set == 0) {
			throw new DomainException(Kind.NOT_FOUND, "stored-document-not-found", storedId);
		}
	}

	/**
	 * @return the bytes of a document of the account, checked against their SHA-256.
	 * @throws DomainException {@code stored-document-not-found}, {@code attachment-corrupted}.
	 */
	@Transactional(readOnly = true)
	public Uploads.File file(UUID citizenId, UUID storedId) {
		return this.jdbc.sql("""
				select a.file_name, a.content_type, a.storage_path, a.sha256
				  from citizen_document c join dossier_attachment a on a.id = c.attachment_id
				 where c.id = ? and c.citizen_id = ?""")
			.params(storedId, citizenId)
			.query((rs, n) -> this.uploads.file(rs))
			.optional()
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "stored-document-not-found", storedId));
	}

}
