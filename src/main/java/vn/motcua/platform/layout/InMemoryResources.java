package vn.motcua.platform.layout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Keeps each static file, once resolved, in memory: read from inside the application's jar at every
 * request, a style sheet waited on the jar's locks (the nested jar file and its URL cache), so the
 * app's own 4 KB stylesheet served slower than a rendered page from the page cache. Runs behind the
 * chain's caching resolver, which then keeps this copy; the files are a few dozen kilobytes.
 */
class InMemoryResources implements ResourceResolver {

	@Override
	public @Nullable Resource resolveResource(@Nullable HttpServletRequest request, String requestPath,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		Resource resolved = chain.resolveResource(request, requestPath, locations);
		if (resolved == null || resolved instanceof Kept) {
			return resolved;
		}
		try (InputStream in = resolved.getInputStream()) {
			return new Kept(in.readAllBytes(), resolved.lastModified(), resolved.getFilename(),
					resolved instanceof HttpResource http ? http.getResponseHeaders() : HttpHeaders.EMPTY,
					resolved.getDescription());
		}
		catch (IOException ex) {
			return resolved; // served from where it is, as before
		}
	}

	@Override
	public @Nullable String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		return chain.resolveUrlPath(resourcePath, locations);
	}

	/** A file's bytes with what the handler asks of it: length, date, name (its media type) and headers (the ETag). */
	static final class Kept extends AbstractResource implements HttpResource {

		private final byte[] bytes;

		private final long lastModified;

		private final @Nullable String filename;

		private final HttpHeaders headers;

		private final String description;

		Kept(byte[] bytes, long lastModified, @Nullable String filename, HttpHeaders headers, String description) {
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

}
