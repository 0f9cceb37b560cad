package vn.motcua.portal.settings;

import vn.motcua.shared.PageModel;

import org.springframework.stereotype.Component;

/** Every page's header and footer show the site settings ({@code site}). */
@Component
class SiteOnEveryPage implements PageModel {

	private final SiteSettingsStore settings;

	SiteOnEveryPage(SiteSettingsStore settings) {
		this.settings = settings;
	}

	@Override
	public String name() {
		return "site";
	}

	@Override
	public SiteSettings value() {
		return this.settings.current();
	}

}
