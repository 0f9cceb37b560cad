package vn.motcua.platform.security;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Content-Security-Policy of every response: scripts only from the application's own files
 * (the pages have no inline script or handler; charts read JSON data blocks), nothing embedded but
 * the no-cookie YouTube player, no plugin, forms only to the application, and no framing by other
 * sites. Styles may be inline (Bootstrap's and the charts' style attributes); pictures may come from
 * any HTTPS address an editor linked in an article.
 */
class ContentSecurityPolicy implements Filter {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: https:; media-src 'self'; frame-src https://www.youtube-nocookie.com; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		((HttpServletResponse) response).setHeader("Content-Security-Policy", POLICY);
		chain.doFilter(request, response);
	}

}
