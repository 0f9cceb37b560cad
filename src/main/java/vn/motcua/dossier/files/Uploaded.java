package vn.motcua.dossier.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/** A file a citizen sent from a page. */
public final class Uploaded {

	private Uploaded() {
	}

	/** @return the file's name as sent, {@code tep} when the browser sent none. */
	public static String name(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name == null || name.isBlank() ? "tep" : name;
	}

	/** @return the file's bytes to read. */
	public static InputStream content(MultipartFile file) {
		try {
			return file.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
