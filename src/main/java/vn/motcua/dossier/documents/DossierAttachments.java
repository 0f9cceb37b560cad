package vn.motcua.dossier.documents;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.files.AttachmentStore;
import vn.motcua.dossier.files.AttachmentView;
import vn.motcua.dossier.processing.DossierReader;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;
import vn.motcua.shared.Uploads;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Officials upload and read the files of a dossier of their scope (scans, supplements, results). */
@Service
@Transactional
class DossierAttachments {

	private static final List<Role> ROLES = List.of(Role.RECEPTION, Role.COMMUNE_OFFICER, Role.SPECIALIST,
			Role.HEAD_OF_UNIT, Role.LEADER);

	private final DossierReader dossiers;

	private final AttachmentStore files;

	DossierAttachments(DossierReader dossiers, AttachmentStore files) {
		this.dossiers = dossiers;
		this.files = files;
	}

	/**
	 * @throws DomainException {@code attachment-type}, {@code attachment-too-large},
	 * {@code dossier-closed}, {@code dossier-not-found}, {@code forbidden}.
	 */
	AttachmentView upload(String code, String fileName, long size, InputStream content, Actor actor) {
		return upload(code, fileName, size, content, null, actor);
	}

	/** As {@link #upload(String, String, long, InputStream, Actor)}, marked by {@code kind} (draft result, result). */
	AttachmentView upload(String code, String fileName, long size, InputStream content, @Nullable String kind,
			Actor actor) {
		Dossier dossier = writable(code, actor);
		String marked = kind != null && List.of("DRAFT_RESULT", "RESULT").contains(kind) ? kind : null;
		UUID id = this.files.attach(dossier.id(), fileName, size, content, actor.username(), marked, null);
		return this.files.ofDossier(dossier.id()).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
	}

	/**
	 * @return the dossier, if the official may add to its files: in scope, by role, not closed.
	 * @throws DomainException {@code dossier-not-found}, {@code forbidden}, {@code dossier-closed}.
	 */
	Dossier writable(String code, Actor actor) {
		Dossier dossier = this.dossiers.find(code, actor);
		if (ROLES.stream().noneMatch(actor::hasRole)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		if (dossier.status().isClosed()) {
			throw new DomainException(Kind.CONFLICT, "dossier-closed", code);
		}
		return dossier;
	}

	/** @return whether {@link #writable} lets the official add to the files of {@code dossier}, of their scope. */
	static boolean mayWrite(Dossier dossier, Actor actor) {
		return ROLES.stream().anyMatch(actor::hasRole) && !dossier.status().isClosed();
	}

	@Transactional(readOnly = true)
	List<AttachmentView> list(String code, Actor actor) {
		return this.files.ofDossier(this.dossiers.find(code, actor).id());
	}

	/**
	 * @return the file's bytes, checked against their SHA-256.
	 * @throws DomainException {@code attachment-not-found} (also for another dossier's file),
	 * {@code attachment-corrupted}.
	 */
	@Transactional(readOnly = true)
	Uploads.File download(String code, UUID attachmentId, Actor actor) {
		return this.files.fileOfDossier(this.dossiers.find(code, actor).id(), attachmentId)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "attachment-not-found", attachmentId));
	}

}
