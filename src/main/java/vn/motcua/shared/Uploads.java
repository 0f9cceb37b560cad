package vn.motcua.shared;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Uploaded files of every module (dossier scans, feedback attachments): PDF, images and Office
 * documents only, recognised by their first bytes (not by what the client claims), within
 * {@code motcua.files.max-size}, on the file system under {@code motcua.files.dir} (default
 * {@code ./data/files}; empty for a temporary directory). A file is written to a temporary name,
 * forced to disk and moved into place before its row is committed — so an acknowledged upload
 * survives a crash — and removed again when that transaction rolls back. Rows keep the SHA-256
 * that every read checks.
 */
@Component
public class Uploads {

	private static final Logger log = LoggerFactory.getLogger(Uploads.class);

	/** Extension → content type and the bytes a real file of that type starts with. */
	private static final Map<String, Type> TYPES = Map.of("pdf", new Type("application/pdf", "%PDF-".getBytes()),
			"png", new Type("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }), "jpg",
			new Type("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }), "jpeg",
			new Type("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }), "docx",
			new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", new byte[] { 'P', 'K', 3, 4 }),
			"xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] { 'P', 'K', 3, 4 }),
			"doc", new Type("application/msword", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }), "xls",
			new Type("application/vnd.ms-excel", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }));

	private final Path root;

	private final DataSize maxSize;

	Uploads(@Value("${motcua.files.dir:./data/files}") String dir,
			@Value("${motcua.files.max-size:20MB}") DataSize maxSize) throws IOException {
		this.root = dir.isBlank() ? Files.createTempDirectory("motcua-files")
				: Files.createDirectories(Path.of(dir).toAbsolutePath().normalize());
		this.maxSize = maxSize;
		log.info("Uploaded files are stored in {}", this.root);
	}

	/**
	 * Checks and stores an upload inside the current transaction.
	 * @throws DomainException {@code attachment-type}, {@code attachment-too-large}.
	 */
	public Stored store(String fileName, long size, InputStream content) {
		if (size > this.maxSize.toBytes()) {
			throw new DomainException(Kind.INVALID, "attachment-too-large", this.maxSize.toMegabytes());
		}
		String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		Type type = TYPES.get(extension);
		InputStream in = new BufferedInputStream(content);
		if (type == null || !startsWith(in, type.magic())) {
			throw new DomainException(Kind.INVALID, "attachment-type", fileName);
		}
		String relative = UUID.randomUUID().toString();
		Path target = this.root.resolve(relative.substring(0, 2)).resolve(relative);
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long written = writeDurably(new DigestInputStream(in, sha), target);
			String path = this.root.relativize(target).toString();
			deleteIfRolledBack(path);
			return new Stored(fileName, type.contentType(), path, HexFormat.of().formatHex(sha.digest()), written);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Writes to a temporary file, forces it to disk, then moves it into place: never a half file. */
	private static long writeDurably(InputStream content, Path target) {
		try (content) {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), "upload", ".part");
			long written = Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			return written;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Reads the file a row describes, with the columns every table of uploads has:
	 * {@code file_name, content_type, storage_path, sha256}.
	 * @throws DomainException {@code attachment-corrupted} when the bytes no longer match their SHA-256.
	 */
	public File file(ResultSet row) throws SQLException {
		String fileName = row.getString("file_name");
		return new File(fileName, row.getString("content_type"),
				read(row.getString("storage_path"), row.getString("sha256"), fileName));
	}

	/** A stored file, to send. */
	public record File(String fileName, String contentType, byte[] bytes) {
	}

	private byte[] read(String path, String sha256, String fileName) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(this.root.resolve(path).normalize());
			if (!HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).equals(sha256)) {
				throw new DomainException(Kind.CONFLICT, "attachment-corrupted", fileName);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes;
	}

	/** Stored bytes: where (relative to the root), what, and their SHA-256. */
	public record Stored(String fileName, String contentType, String path, String sha256, long size) {
	}

	private record Type(String contentType, byte[] magic) {
	}

	private void deleteIfRolledBack(String path) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						delete(path);
					}
				}
			});
		}
	}

	private void delete(String path) {
		try {
			Files.deleteIfExists(this.root.resolve(path));
		}
		catch (IOException ex) {
			log.warn("Could not delete the orphan upload {}", path, ex);
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

}
