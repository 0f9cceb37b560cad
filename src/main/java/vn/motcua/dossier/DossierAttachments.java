package vn.motcua.dossier;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import vn.motcua.dossier.domain.Dossier;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;
import vn.motcua.shared.Uploads;
import vn.motcua.shared.Uploads.Stored;
import vn.motcua.shared.SqlTimes;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files of a dossier (checked and stored by {@link Uploads}), for officials of the dossier's scope.
 */
@Service
@Transactional
public class DossierAttachments {

	private static final List<Role> ROLES = List.of(Role.RECEPTION, Role.COMMUNE_OFFICER, Role.SPECIALIST, Role.HEAD_OF_UNIT,
			Role.LEADER);

	private final DossierRepository dossiers;

	private final OrganizationManagement organization;

	private final Uploads uploads;

	private final JdbcClient jdbc;

	private final Clock clock;

	DossierAttachments(DossierRepository dossiers, OrganizationManagement organization, Uploads uploads, JdbcClient jdbc,
			Clock clock) {
		this.dossiers = dossiers;
		this.organization = organization;
		this.uploads = uploads;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @throws DomainException {@code attachment-type}, {@code attachment-too-large},
	 * {@code dossier-closed}, {@code dossier-not-found}, {@code forbidden}.
	 */
	public AttachmentView upload(String code, String fileName, long size, InputStream content, Actor actor) {
		Dossier dossier = find(code, actor);
		if (ROLES.stream().noneMatch(actor::hasRole)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		if (dossier.status().isClosed()) {
			throw new DomainException(Kind.CONFLICT, "dossier-closed", code);
		}
		UUID id = record(dossier.id(), this.uploads.store(fileName, size, content), actor.username());
		return list(code, actor).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
	}

	/** Records stored bytes as a file of the dossier. */
	UUID record(UUID dossierId, Stored file, String uploadedBy) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into dossier_attachment (id, dossier_id, file_name, content_type, size_bytes, sha256, storage_path,
				  uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, dossierId, file.fileName(), file.contentType(), file.size(), file.sha256(), file.path(), uploadedBy,
					Timestamp.from(this.clock.instant()))
			.update();
		return id;
	}

	@Transactional(readOnly = true)
	public List<AttachmentView> list(String code, Actor actor) {
		Dossier dossier = find(code, actor);
		return this.jdbc.sql("""
				select id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at from dossier_attachment
				where dossier_id = :id order by uploaded_at, file_name""")
			.param("id", dossier.id())
			.query((rs, n) -> new AttachmentView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getLong(4), rs.getString(5), rs.getString(6),
					Objects.requireNonNull(SqlTimes.at(rs, "uploaded_at", this.clock.getZone()))))
			.list();
	}

	/**
	 * @return the file's bytes, checked against their SHA-256.
	 * @throws DomainException {@code attachment-not-found} (also for another dossier's file),
	 * {@code attachment-corrupted}.
	 */
	@Transactional(readOnly = true)
	public Uploads.File download(String code, UUID attachmentId, Actor actor) {
		Dossier dossier = find(code, actor);
		return this.jdbc.sql("""
				select file_name, content_type, storage_path, sha256 from dossier_attachment where id = :id and dossier_id = :dossier""")
			.param("id", attachmentId)
			.param("dossier", dossier.id())
			.query((rs, n) -> this.uploads.file(rs))
			.optional()
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "attachment-not-found", attachmentId));
	}

	private Dossier find(String code, Actor actor) {
		return this.dossiers.findByCode(code)
			.filter(d -> d.visibleTo(this.organization.scopeOf(actor)::contains))
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "dossier-not-found", code));
	}


}
