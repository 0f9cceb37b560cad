package vn.motcua.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.platform.errors.ProblemWriter;
import vn.motcua.shared.BearerAuthentication;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An API request with {@code Authorization: Bearer <token>} is the official the token was issued to
 * (issue 18: no password and no account load per request); an unknown, expired or revoked token
 * answers 401 {@code token-invalid}. Requests without a bearer token go on to HTTP Basic.
 */
class BearerTokens extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ProblemWriter problems;

	private final BearerAuthentication tokens;

	BearerTokens(ProblemWriter problems, BearerAuthentication tokens) {
		this.problems = problems;
		this.tokens = tokens;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(PREFIX.length()).trim();
		var authentication = this.tokens.authenticate(token);
		if (authentication.isEmpty()) {
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, "token-invalid");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication.get());
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
