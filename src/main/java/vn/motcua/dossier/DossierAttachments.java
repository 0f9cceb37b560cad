package vn.motcua.dossier;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import vn.motcua.dossier.FileStore.Stored;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Files of a dossier: PDF, images and Office documents only (recognised by their first bytes, not
 * by what the client claims), within the size limit, for officials of the dossier's scope.
 */
@Service
@Transactional
public class DossierAttachments {

	private static final List<String> ROLES = List.of("RECEPTION", "COMMUNE_OFFICER", "SPECIALIST", "HEAD_OF_UNIT",
			"LEADER");

	/** Extension → content type and the bytes a real file of that type starts with. */
	private static final Map<String, FileType> TYPES = Map.of("pdf", new FileType("application/pdf", "%PDF-".getBytes()),
			"png", new FileType("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }), "jpg",
			new FileType("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }), "jpeg",
			new FileType("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }), "docx",
			new FileType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] { 'P', 'K', 3, 4 }),
			"xlsx", new FileType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] { 'P', 'K', 3, 4 }),
			"doc", new FileType("application/msword", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }), "xls",
			new FileType("application/vnd.ms-excel", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }));

	private final DossierRepository dossiers;

	private final OrganizationManagement organization;

	private final FileStore files;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final DataSize maxSize;

	DossierAttachments(DossierRepository dossiers, OrganizationManagement organization, FileStore files, JdbcClient jdbc,
			Clock clock, @Value("${motcua.files.max-size:20MB}") DataSize maxSize) {
		this.dossiers = dossiers;
		this.organization = organization;
		this.files = files;
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxSize = maxSize;
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
		Checked checked = store(fileName, size, content);
		UUID id = record(dossier.id(), fileName, checked, actor.username());
		return list(code, actor).stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
	}

	/**
	 * Checks an upload (size, and a type recognised by its first bytes) and stores its bytes,
	 * removed again if the transaction does not commit.
	 * @throws DomainException {@code attachment-type}, {@code attachment-too-large}.
	 */
	Checked store(String fileName, long size, InputStream content) {
		if (size > this.maxSize.toBytes()) {
			throw new DomainException(Kind.INVALID, "attachment-too-large", this.maxSize.toMegabytes());
		}
		String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		FileType type = TYPES.get(extension);
		InputStream in = new BufferedInputStream(content);
		if (type == null || !startsWith(in, type.magic())) {
			throw new DomainException(Kind.INVALID, "attachment-type", fileName);
		}
		Stored stored = this.files.store(in);
		deleteIfRolledBack(stored.path());
		return new Checked(type.contentType(), stored);
	}

	/** An upload that passed the checks, with where its bytes are. */
	record Checked(String contentType, Stored stored) {
	}

	/** Records stored bytes as a file of the dossier. */
	UUID record(UUID dossierId, String fileName, Checked file, String uploadedBy) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into dossier_attachment (id, dossier_id, file_name, content_type, size_bytes, sha256, storage_path,
				  uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, dossierId, fileName, file.contentType(), file.stored().size(), file.stored().sha256(),
					file.stored().path(), uploadedBy, Timestamp.from(this.clock.instant()))
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
					rs.getTimestamp(7).toInstant().atZone(this.clock.getZone()).toOffsetDateTime()))
			.list();
	}

	/**
	 * @return the file's bytes, checked against their SHA-256.
	 * @throws DomainException {@code attachment-not-found} (also for another dossier's file),
	 * {@code attachment-corrupted}.
	 */
	@Transactional(readOnly = true)
	public File download(String code, UUID attachmentId, Actor actor) {
		Dossier dossier = find(code, actor);
		Optional<String[]> row = this.jdbc.sql("""
				select file_name, content_type, storage_path, sha256 from dossier_attachment where id = :id and dossier_id = :dossier""")
			.param("id", attachmentId)
			.param("dossier", dossier.id())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.optional();
		String[] found = row.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "attachment-not-found", attachmentId));
		byte[] bytes = this.files.read(found[2]);
		if (!FileStore.sha256(bytes).equals(found[3])) {
			throw new DomainException(Kind.CONFLICT, "attachment-corrupted", found[0]);
		}
		return new File(found[0], found[1], bytes);
	}

	private Dossier find(String code, Actor actor) {
		return this.dossiers.findByCode(code)
			.filter(d -> d.visibleTo(this.organization.scopeOf(actor)::contains))
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "dossier-not-found", code));
	}

	private void deleteIfRolledBack(String path) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						DossierAttachments.this.files.delete(path);
					}
				}
			});
		}
	}

	private static boolean startsWith(InputStream in, byte[] magic) {
		try {
			in.mark(magic.length);
			byte[] head = in.readNBytes(magic.length);
			in.reset();
			return Arrays.equals(head, magic);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file to send. */
	public record File(String fileName, String contentType, byte[] bytes) {
	}

	private record FileType(String contentType, byte[] magic) {
	}

}
