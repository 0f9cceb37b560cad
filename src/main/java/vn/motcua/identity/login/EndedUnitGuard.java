package vn.motcua.identity.login;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.PageModel;
import vn.motcua.shared.PasswordChange;
import vn.motcua.shared.Role;
import vn.motcua.shared.Vietnam;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The one place where the era of an official's unit is enforced: once the unit has ended before
 * today (by the injected clock), its officials read its records but change nothing — every
 * non-reading request of theirs (transition, intake, edit, on a page or the API) is refused with
 * {@code unit-ended} (403), except changing their own password and marking their own notices read.
 * Administrators stay able to manage accounts. Pages get the sentence that says so
 * ({@code endedUnit}, shown under the header).
 */
@Component
class EndedUnitGuard implements WebMvcConfigurer, HandlerInterceptor, PageModel {

	private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final Clock clock;

	EndedUnitGuard(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (READING.contains(request.getMethod()) || ownAccount(request.getServletPath())) {
			return true;
		}
		ended().filter(p -> !p.hasRole(Role.ADMIN)).ifPresent(p -> {
			throw new DomainException(Kind.FORBIDDEN, "unit-ended", args(p));
		});
		return true;
	}

	/** @return the unit's name and last day when the signed-in official's unit has ended, for the page notice. */
	@Override
	public String name() {
		return "endedUnit";
	}

	@Override
	public Object @Nullable [] value() {
		return ended().map(EndedUnitGuard::args).orElse(null);
	}

	private Optional<OfficialPrincipal> ended() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !(auth.getPrincipal() instanceof OfficialPrincipal official)) {
			return Optional.empty();
		}
		HomeUnit unit = official.homeUnit();
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Vietnam.ZONE);
		return unit != null && unit.endedBefore(today) ? Optional.of(official) : Optional.empty();
	}

	private static Object[] args(OfficialPrincipal official) {
		HomeUnit unit = official.homeUnit();
		return new Object[] { unit == null ? "" : unit.name(),
				unit == null || unit.lastDay() == null ? "" : Vietnam.DAY.format(unit.lastDay()) };
	}

	private static boolean ownAccount(String path) {
		return PasswordChange.PAGE.equals(path) || path.startsWith("/quan-tri/thong-bao/")
				|| path.startsWith("/api/v1/reminders/");
	}

}
