package vn.motcua.shared;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
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
import java.util.Set;
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

	/** Extension → content type and the bytes a real file of that type starts with (at an offset). */
	private static final Map<String, Type> TYPES = Map.ofEntries(Map.entry("pdf", new Type("application/pdf", "%PDF-")),
			Map.entry("png", new Type("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' })),
			Map.entry("jpg", new Type("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })),
			Map.entry("jpeg", new Type("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })),
			Map.entry("docx", new Type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\3\4")),
			Map.entry("xlsx", new Type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK\3\4")),
			Map.entry("doc", new Type("application/msword", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 })),
			Map.entry("xls", new Type("application/vnd.ms-excel", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 })),
			Map.entry("mp4", new Type("video/mp4", 4, "ftyp".getBytes())),
			Map.entry("webm", new Type("video/webm", new byte[] { 0x1A, 0x45, (byte) 0xDF, (byte) 0xA3 })));

	/** What most uploads accept: PDF, images and Office documents. */
	public static final Set<String> DOCUMENTS = Set.of("pdf", "png", "jpg", "jpeg", "docx", "xlsx", "doc", "xls");

	/** Pictures only. */
	public static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg");

	/** Video files a browser plays in its video element. */
	public static final Set<String> VIDEOS = Set.of("mp4", "webm");

	private final Path root;

	private final DataSize maxSize;

	Uploads(@Value("${motcua.files.dir:./data/files}") String dir,
			@Value("${motcua.files.max-size:20MB}") DataSize maxSize) throws IOException {
		this.root = Directories.configuredOrTemporary(dir, "motcua-files");
		this.maxSize = maxSize;
		log.info("Uploaded files are stored in {}", this.root);
	}

	/**
	 * Checks and stores an upload of {@link #DOCUMENTS} inside the current transaction.
	 * @throws DomainException {@code attachment-type}, {@code attachment-too-large}.
	 */
	public Stored store(String fileName, long size, InputStream content) {
		return store(fileName, size, content, DOCUMENTS, this.maxSize);
	}

	/**
	 * Checks and stores an upload of one of the {@code accepted} extensions, at most {@code max}.
	 * @throws DomainException {@code attachment-type}, {@code attachment-too-large}.
	 */
	public Stored store(String fileName, long size, InputStream content, Set<String> accepted, DataSize max) {
		if (size > max.toBytes()) {
			throw new DomainException(Kind.INVALID, "attachment-too-large", max.toMegabytes());
		}
		String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		Type type = accepted.contains(extension) ? TYPES.get(extension) : null;
		InputStream in = new BufferedInputStream(content);
		if (type == null || !type.recognises(in)) {
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

	/**
	 * Writes to a file beside the target, forces it to disk, then moves it into place: never a half file,
	 * and nothing left when writing fails. The target's name is new (a random UUID), so is the one beside
	 * it, created and written through one opening. A temporary file of the JDK's, which {@code Files.copy}
	 * deleted and created again and which was opened a third time to be forced, took 12 % of the thread
	 * that signs each result (lifecycles at 8 threads: median 86.5 → 91.5/s, BENCHMARKS.md).
	 */
	private static long writeDurably(InputStream content, Path target) {
		Path part = target.resolveSibling(target.getFileName() + ".part");
		try (content) {
			Files.createDirectories(target.getParent());
			long written;
			try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				written = content.transferTo(Channels.newOutputStream(channel));
				channel.force(true);
			}
			Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
			return written;
		}
		catch (IOException ex) {
			try {
				Files.deleteIfExists(part);
			}
			catch (IOException suppressed) {
				ex.addSuppressed(suppressed);
			}
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

	/** @return the directory every stored file is under (what a backup copies with the database). */
	public Path root() {
		return this.root;
	}

	/**
	 * @param storagePath as stored; a path that leaves the root is refused.
	 * @return where the stored file is, to stream it (a video) without reading it whole.
	 */
	public Path locate(String storagePath) {
		Path path = this.root.resolve(storagePath).normalize();
		if (!path.startsWith(this.root)) {
			throw new DomainException(Kind.NOT_FOUND, "attachment-not-found", storagePath);
		}
		return path;
	}

	private record Type(String contentType, int offset, byte[] magic) {

		Type(String contentType, byte[] magic) {
			this(contentType, 0, magic);
		}

		Type(String contentType, String magic) {
			this(contentType, 0, magic.getBytes(StandardCharsets.ISO_8859_1));
		}

		boolean recognises(InputStream in) {
			try {
				in.mark(this.offset + this.magic.length);
				byte[] head = in.readNBytes(this.offset + this.magic.length);
				in.reset();
				return head.length == this.offset + this.magic.length
						&& Arrays.equals(Arrays.copyOfRange(head, this.offset, head.length), this.magic);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

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

	/** Removes a stored file once the current transaction has committed (at once without one). */
	public void deleteAfterCommit(String path) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			delete(path);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				delete(path);
			}
		});
	}

	private void delete(String path) {
		try {
			Files.deleteIfExists(this.root.resolve(path));
		}
		catch (IOException ex) {
			log.warn("Could not delete the orphan upload {}", path, ex);
		}
	}

}
