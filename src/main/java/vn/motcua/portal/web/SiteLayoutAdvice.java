package vn.motcua.portal.web;

import vn.motcua.portal.SiteSettings;
import vn.motcua.portal.SiteSettingsManagement;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header and footer show the site settings. */
@ControllerAdvice
class SiteLayoutAdvice {

	private final SiteSettingsManagement settings;

	SiteLayoutAdvice(SiteSettingsManagement settings) {
		this.settings = settings;
	}

	@ModelAttribute("site")
	SiteSettings site() {
		return this.settings.current();
	}

}
