package vn.motcua.dossier.online;

import java.io.InputStream;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.files.AttachmentStore;
import vn.motcua.dossier.store.StoreOffers;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The files of a draft, one or more per required document, added and removed by its citizen. */
@Service
@Transactional
class SubmissionFiles {

	private final CitizenSubmissions submissions;

	private final AttachmentStore files;

	private final StoreOffers store;

	SubmissionFiles(CitizenSubmissions submissions, AttachmentStore files, StoreOffers store) {
		this.submissions = submissions;
		this.files = files;
		this.store = store;
	}

	/**
	 * Adds a file for required document {@code document} of a draft.
	 * @throws DomainException {@code submission-not-found}, {@code submission-sent},
	 * {@code document-not-found}, {@code attachment-type}, {@code attachment-too-large}.
	 */
	SubmissionView add(UUID id, UUID citizenId, int document, String fileName, long size, InputStream content) {
		requireDocument(id, citizenId, document);
		this.files.addToSubmission(id, document, fileName, size, content);
		return this.submissions.get(id, citizenId);
	}

	/**
	 * Gives a document of the citizen's data store for required document {@code document} of a draft.
	 * @throws DomainException {@code submission-not-found}, {@code submission-sent},
	 * {@code document-not-found}, {@code stored-document-not-chosen}, {@code stored-document-not-found}.
	 */
	SubmissionView reuse(UUID id, UUID citizenId, int document, @Nullable UUID storedId) {
		requireDocument(id, citizenId, document);
		if (storedId == null) {
			throw new DomainException(Kind.INVALID, "stored-document-not-chosen");
		}
		this.store.reuse(citizenId, storedId, id, document);
		return this.submissions.get(id, citizenId);
	}

	private void requireDocument(UUID id, UUID citizenId, int document) {
		SubmissionView draft = this.submissions.draft(id, citizenId);
		if (draft.documents().stream().noneMatch(d -> d.required().position() == document)) {
			throw new DomainException(Kind.NOT_FOUND, "document-not-found", document);
		}
	}

	/** Removes a file from a draft. */
	SubmissionView remove(UUID id, UUID citizenId, UUID fileId) {
		this.submissions.draft(id, citizenId);
		this.files.removeFromSubmission(id, fileId);
		return this.submissions.get(id, citizenId);
	}

}
