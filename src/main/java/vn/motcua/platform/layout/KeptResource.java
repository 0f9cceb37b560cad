package vn.motcua.platform.layout;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.AbstractResource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.HttpResource;

/** A static file's bytes with what the handler asks of it: length, date, name (its media type) and headers (the ETag). */
final class KeptResource extends AbstractResource implements HttpResource {

	private final byte[] bytes;

	private final long lastModified;

	private final @Nullable String filename;

	private final HttpHeaders headers;

	private final String description;

	KeptResource(byte[] bytes, long lastModified, @Nullable String filename, HttpHeaders headers, String description) {
		this.bytes = bytes;
		this.lastModified = lastModified;
		this.filename = filename;
		this.headers = headers;
		this.description = description;
	}

	@Override
	public InputStream getInputStream() {
		return new ByteArrayInputStream(this.bytes);
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public long contentLength() {
		return this.bytes.length;
	}

	@Override
	public long lastModified() {
		return this.lastModified;
	}

	@Override
	public @Nullable String getFilename() {
		return this.filename;
	}

	@Override
	public HttpHeaders getResponseHeaders() {
		return this.headers;
	}

	@Override
	public String getDescription() {
		return "in memory: " + this.description;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other == this;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

}
