package vn.motcua.dossier.files;

import java.nio.charset.StandardCharsets;

import vn.motcua.shared.Uploads;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files sent to the browser: forms shown inline, attachments downloaded, names in UTF-8. */
public final class Downloads {

	/** The content type of an Excel workbook. */
	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	/** @return the file shown in the browser (a form, a register). */
	public static ResponseEntity<byte[]> inline(byte[] body, String filename, MediaType type) {
		return send(body, ContentDisposition.inline(), filename, type);
	}

	/** @return the file downloaded under its name. */
	public static ResponseEntity<byte[]> attachment(byte[] body, String filename, MediaType type) {
		return send(body, ContentDisposition.attachment(), filename, type);
	}

	/** @return a stored file downloaded under its name, with its own content type. */
	public static ResponseEntity<byte[]> attachment(Uploads.File file) {
		return attachment(file.bytes(), file.fileName(), MediaType.parseMediaType(file.contentType()));
	}

	private static ResponseEntity<byte[]> send(byte[] body, ContentDisposition.Builder disposition, String filename,
			MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
