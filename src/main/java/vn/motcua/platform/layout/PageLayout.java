package vn.motcua.platform.layout;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Actor;
import vn.motcua.shared.PageModel;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What every page's layout needs, put in the model of a page about to be rendered, never in an API
 * answer: who is looking ({@code viewer}; the menus follow the roles), where ({@code navigation}: the
 * current entry) and what the modules add ({@link PageModel}). An attribute the handler set stays.
 */
@Component
class PageLayout implements WebMvcConfigurer, HandlerInterceptor {

	private final List<PageModel> parts;

	PageLayout(List<PageModel> parts) {
		this.parts = parts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || page.wasCleared() || page.getView() instanceof RedirectView
				|| (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
			return; // an API answer, or a redirect, which renders nothing
		}
		ModelMap model = page.getModelMap();
		addIfAbsent(model, "navigation", Navigation.of(request));
		addIfAbsent(model, "viewer", viewer());
		for (PageModel part : this.parts) {
			addIfAbsent(model, part.name(), part.value());
		}
	}

	private static void addIfAbsent(ModelMap model, String name, @Nullable Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	private static @Nullable Viewer viewer() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
			return null;
		}
		String name = auth.getPrincipal() instanceof Actor actor ? actor.displayName() : auth.getName();
		return new Viewer(auth.getName(), name,
				auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
	}

}
