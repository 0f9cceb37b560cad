package vn.motcua.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.platform.errors.ProblemWriter;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API has no cookies and so no CSRF token; but a browser that once asked an official for his
 * password (HTTP Basic) sends it again with any request, also one another site's page makes. So a
 * request with credentials that a browser marks as made by another site ({@code Sec-Fetch-Site:
 * cross-site}, a header no page can forge) gets 403 {@code cross-site-request}. Without credentials
 * it goes on as anyone's (the public API); scripts and integrations send no such header and pass.
 */
class CrossSiteApiGuard extends OncePerRequestFilter {

	private final ProblemWriter problems;

	CrossSiteApiGuard(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("cross-site".equals(request.getHeader("Sec-Fetch-Site")) && request.getHeader("Authorization") != null) {
			this.problems.write(request, response, HttpStatus.FORBIDDEN, "cross-site-request");
			return;
		}
		chain.doFilter(request, response);
	}

}
