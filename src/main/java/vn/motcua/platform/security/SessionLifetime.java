package vn.motcua.platform.security;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An absolute lifetime for sessions (issue 17; OWASP ASVS 3.3): however active, a session older than
 * {@code motcua.security.session-max-age} (12 hours: one working day and its evening — local
 * practice, a setting) ends, and the official signs in again. The idle timeout stays
 * {@code spring.session.timeout}. Ages are measured on the session store's own clock, the one that
 * stamped the session's creation and this access.
 */
class SessionLifetime extends OncePerRequestFilter {

	private final Duration maxAge;

	SessionLifetime(Duration maxAge) {
		this.maxAge = maxAge;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		// the store stamped this access when it loaded the session: its age, on the store's own clock
		if (session != null && session.getLastAccessedTime() - session.getCreationTime() >= this.maxAge.toMillis()) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}

}
