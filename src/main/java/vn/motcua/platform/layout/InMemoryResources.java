package vn.motcua.platform.layout;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Keeps each static file, once resolved, in memory: read from inside the application's jar at every
 * request, a style sheet waited on the jar's locks (the nested jar file and its URL cache), so the
 * app's own 4 KB stylesheet served slower than a rendered page from the page cache. Runs behind the
 * chain's caching resolver, which then keeps this copy; only files up to {@link #LARGEST}.
 */
class InMemoryResources implements ResourceResolver {

	/** A larger file (a chart library) is read from the jar as before: memory is kept for the small ones. */
	static final long LARGEST = 256 * 1024;

	@Override
	public @Nullable Resource resolveResource(@Nullable HttpServletRequest request, String requestPath,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		Resource resolved = chain.resolveResource(request, requestPath, locations);
		try {
			if (resolved == null || resolved.contentLength() > LARGEST) {
				return resolved;
			}
		}
		catch (IOException ex) {
			return resolved;
		}
		try (InputStream in = resolved.getInputStream()) {
			return new KeptResource(in.readAllBytes(), resolved.lastModified(), resolved.getFilename(),
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

}
