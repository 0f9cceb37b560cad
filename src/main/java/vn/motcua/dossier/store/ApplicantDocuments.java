package vn.motcua.dossier.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.motcua.dossier.store.CitizenDataStore.StoredDocument;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Uploads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's data store as the desk sees it while receiving a dossier (Decree 61/2018 Art. 17.1
 * as amended by Decree 107/2021: a document already digitised is not asked for again): the documents
 * valid today of the store the dossier's documents belong to ({@link StoreOwners}), one looked at
 * before it is taken, and one taken as the scan of a component instead of scanning the paper again.
 * Each look and each take is recorded for the person to see ({@link StoreAccesses}).
 */
@Service
@Transactional
public class ApplicantDocuments {

	private final CitizenDataStore store;

	private final StoreOwners owners;

	private final JdbcClient jdbc;

	private final Uploads uploads;

	private final StoreAccesses accesses;

	private final Clock clock;

	ApplicantDocuments(CitizenDataStore store, StoreOwners owners, JdbcClient jdbc, Uploads uploads,
			StoreAccesses accesses, Clock clock) {
		this.store = store;
		this.owners = owners;
		this.jdbc = jdbc;
		this.uploads = uploads;
		this.accesses = accesses;
		this.clock = clock;
	}

	/** @return the documents valid today of the applicant's store, newest first. */
	@Transactional(readOnly = true)
	public List<StoredDocument> of(UUID dossierId) {
		return this.owners.of(dossierId).map(this.store::validToday).orElse(List.of());
	}

	/**
	 * @return the bytes of a document of the applicant's store, valid today, checked against their
	 * SHA-256; the look is recorded.
	 * @throws DomainException {@code applicant-document-not-found}, {@code attachment-corrupted}.
	 */
	public Uploads.File file(UUID dossierId, String dossierCode, UUID storedId, Actor official) {
		Uploads.File file = this.jdbc
			.sql("select a.file_name, a.content_type, a.storage_path, a.sha256" + CitizenDataStore.VALID_DOCUMENT)
			.params(storedId, owner(dossierId, storedId), LocalDate.now(this.clock))
			.query((rs, n) -> this.uploads.file(rs))
			.optional()
			.orElseThrow(() -> notFound(storedId));
		this.accesses.record(storedId, dossierCode, "VIEWED", official);
		return file;
	}

	/**
	 * Gives a document of the applicant's store, valid today, as the scan of the dossier's component
	 * {@code component}; the row points at the stored bytes, and the take is recorded.
	 * @throws DomainException {@code applicant-document-not-found}, also for a document of another
	 * person's store or an expired one.
	 */
	public void giveToDossier(UUID dossierId, String dossierCode, int component, String documentName, UUID storedId,
			Actor official) {
		int added = this.jdbc.sql("""
				insert into dossier_attachment (id, dossier_id, file_name, content_type, size_bytes, sha256, storage_path,
				  uploaded_by, uploaded_at, kind, document_name, component, stored_document)
				select ?, ?, a.file_name, a.content_type, a.size_bytes, a.sha256, a.storage_path, ?, ?, 'SCAN', ?, ?, c.id
				""" + CitizenDataStore.VALID_DOCUMENT)
			.params(UUID.randomUUID(), dossierId, official.username(), Timestamp.from(this.clock.instant()), documentName,
					component, storedId, owner(dossierId, storedId), LocalDate.now(this.clock))
			.update();
		if (added == 0) {
			throw notFound(storedId);
		}
		this.accesses.record(storedId, dossierCode, "TAKEN", official);
	}

	private UUID owner(UUID dossierId, UUID storedId) {
		return this.owners.of(dossierId).orElseThrow(() -> notFound(storedId));
	}

	private static DomainException notFound(UUID storedId) {
		return new DomainException(Kind.NOT_FOUND, "applicant-document-not-found", storedId);
	}

}
