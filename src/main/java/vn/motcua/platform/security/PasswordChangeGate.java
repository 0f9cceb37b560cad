package vn.motcua.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.motcua.platform.errors.ProblemWriter;
import vn.motcua.shared.PasswordChange;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps an official who must change the password (a generated first password, a reset) on the
 * change-password page: other pages redirect there, the API answers 403
 * {@code password-change-required}.
 */
class PasswordChangeGate extends OncePerRequestFilter {

	private final ProblemWriter problems;

	PasswordChangeGate(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!mustChangePassword() || isAllowed(request.getServletPath())) {
			chain.doFilter(request, response);
		}
		else if (request.getServletPath().startsWith("/api/")) {
			this.problems.write(request, response, HttpStatus.FORBIDDEN, "password-change-required");
		}
		else {
			response.sendRedirect(request.getContextPath() + PasswordChange.PAGE);
		}
	}

	private static boolean mustChangePassword() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && PasswordChange.isRequired(auth.getAuthorities());
	}

	private static boolean isAllowed(String path) {
		return PasswordChange.isPage(path) || path.equals("/dang-xuat") || path.startsWith("/webjars/")
				|| path.startsWith("/css/") || path.equals("/error");
	}

}
