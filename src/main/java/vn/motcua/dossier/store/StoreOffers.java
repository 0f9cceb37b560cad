package vn.motcua.dossier.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import vn.motcua.dossier.domain.DocumentKind;
import vn.motcua.dossier.files.AttachmentStore;
import vn.motcua.dossier.store.CitizenDataStore.StoredDocument;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the citizen's data store offers an online submission, and the reuse: a stored document valid
 * today becomes a file of the draft without an upload (Decree 61/2018 Art. 17.1 as amended by
 * Decree 107/2021: a document already digitised is not asked for again).
 */
@Service
@Transactional
public class StoreOffers {

	private final CitizenDataStore store;

	private final JdbcClient jdbc;

	private final Clock clock;

	StoreOffers(CitizenDataStore store, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A stored document offered for a required document; {@code sameKind} as {@link DocumentKind#same} says. */
	public record Offer(StoredDocument document, boolean sameKind) {
	}

	/**
	 * @return the documents valid today that a submission may take for a required document named
	 * {@code documentName}: those of the same kind first, then the others, each group newest first.
	 */
	@Transactional(readOnly = true)
	public List<Offer> offersFor(UUID citizenId, String documentName) {
		return ranked(this.store.validToday(citizenId), documentName);
	}

	/** @return {@code documents} offered for a required document named {@code documentName}: those of its kind first. */
	public static List<Offer> ranked(List<StoredDocument> documents, String documentName) {
		return documents.stream()
			.map(d -> new Offer(d, DocumentKind.same(d.name(), documentName)))
			.sorted(Comparator.comparing((Offer o) -> !o.sameKind()))
			.toList();
	}

	/**
	 * Gives a stored document, valid today, as a file of submission {@code submissionId} for its required
	 * document {@code document}: the row points at the stored bytes, which removing it from the draft keeps.
	 * @throws DomainException {@code stored-document-not-found}, also for another account's or an expired one;
	 * {@code stored-document-taken} when the draft has it already; {@code submission-too-many-files}.
	 */
	public void reuse(UUID citizenId, UUID storedId, UUID submissionId, int document) {
		long[] held = this.jdbc.sql("""
				select count(*), count(*) filter (where stored_document = ?) from dossier_submission_file where submission_id = ?""")
			.params(storedId, submissionId)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		if (held[1] > 0) {
			throw new DomainException(Kind.CONFLICT, "stored-document-taken");
		}
		if (held[0] >= AttachmentStore.DRAFT_FILES) {
			throw new DomainException(Kind.INVALID, "submission-too-many-files", AttachmentStore.DRAFT_FILES);
		}
		int added = this.jdbc.sql("""
				insert into dossier_submission_file (id, submission_id, document, file_name, content_type, size_bytes, sha256,
				  storage_path, uploaded_at, stored_document)
				select ?, ?, ?, a.file_name, a.content_type, a.size_bytes, a.sha256, a.storage_path, ?, c.id
				""" + CitizenDataStore.VALID_DOCUMENT)
			.params(UUID.randomUUID(), submissionId, document, Timestamp.from(this.clock.instant()), storedId, citizenId,
					LocalDate.now(this.clock))
			.update();
		if (added == 0) {
			throw new DomainException(Kind.NOT_FOUND, "stored-document-not-found", storedId);
		}
	}

}
