package vn.motcua.dossier.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files sent to the browser: forms shown inline, attachments downloaded, names in UTF-8. */
final class Downloads {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	static ResponseEntity<byte[]> inline(byte[] body, String filename, MediaType type) {
		return send(body, ContentDisposition.inline(), filename, type);
	}

	static ResponseEntity<byte[]> attachment(byte[] body, String filename, MediaType type) {
		return send(body, ContentDisposition.attachment(), filename, type);
	}

	private static ResponseEntity<byte[]> send(byte[] body, ContentDisposition.Builder disposition, String filename,
			MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
