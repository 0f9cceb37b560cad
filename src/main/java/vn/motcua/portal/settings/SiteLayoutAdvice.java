package vn.motcua.portal.settings;


import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header and footer show the site settings. */
@ControllerAdvice
class SiteLayoutAdvice {

	private final SiteSettingsStore settings;

	SiteLayoutAdvice(SiteSettingsStore settings) {
		this.settings = settings;
	}

	@ModelAttribute("site")
	SiteSettings site() {
		return this.settings.current();
	}

}
