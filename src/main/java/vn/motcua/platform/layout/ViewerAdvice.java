package vn.motcua.platform.layout;

import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Actor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is looking at a page, and where: the layouts show menus by role and mark the current entry. */
@ControllerAdvice
class ViewerAdvice {

	@ModelAttribute("navigation")
	Navigation navigation(HttpServletRequest request) {
		return Navigation.of(request);
	}

	@ModelAttribute("viewer")
	@Nullable Viewer viewer() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
			return null;
		}
		String name = auth.getPrincipal() instanceof Actor actor ? actor.displayName() : auth.getName();
		return new Viewer(auth.getName(), name,
				auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
	}

}
