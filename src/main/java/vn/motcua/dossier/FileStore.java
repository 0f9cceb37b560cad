package vn.motcua.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Attachment bytes on the file system ({@code motcua.files.dir}, default {@code ./data/files};
 * empty for a temporary directory). A file is written to a temporary name, forced to disk and
 * moved into place before its row is committed, so an acknowledged upload survives a crash.
 */
@Component
class FileStore {

	private static final Logger log = LoggerFactory.getLogger(FileStore.class);

	private final Path root;

	FileStore(@Value("${motcua.files.dir:./data/files}") String dir) throws IOException {
		this.root = dir.isBlank() ? Files.createTempDirectory("motcua-files")
				: Files.createDirectories(Path.of(dir).toAbsolutePath().normalize());
		log.info("Attachments are stored in {}", this.root);
	}

	/** @return where the bytes went (relative to the root) and their SHA-256. */
	Stored store(InputStream content) {
		String relative = UUID.randomUUID().toString();
		Path target = this.root.resolve(relative.substring(0, 2)).resolve(relative);
		try {
			Files.createDirectories(target.getParent());
			Path temporary = Files.createTempFile(target.getParent(), "upload", ".part");
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			long size;
			try (InputStream in = new DigestInputStream(content, sha)) {
				size = Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
			}
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			return new Stored(this.root.relativize(target).toString(), HexFormat.of().formatHex(sha.digest()), size);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** @return the stored bytes. */
	byte[] read(String relative) {
		try {
			return Files.readAllBytes(this.root.resolve(relative).normalize());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Removes bytes whose row was not committed. */
	void delete(String relative) {
		try {
			Files.deleteIfExists(this.root.resolve(relative));
		}
		catch (IOException ex) {
			log.warn("Could not delete orphan attachment {}", relative, ex);
		}
	}

	/** @return the SHA-256 of {@code bytes} in hex, as stored for attachments. */
	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Stored(String path, String sha256, long size) {
	}

}
