package vn.motcua.portal.demo;

import vn.motcua.portal.settings.SiteSettings;
import vn.motcua.portal.settings.SiteSettingsStore;
import vn.motcua.shared.Actor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile: the header and footer of the province's public service portal, which serves the
 * communes that replaced the Phú Lương district on 01/07/2025; set once on a fresh database.
 */
@Component
@Profile("demo")
@Order(30)
class DemoSiteSettings implements ApplicationRunner {

	private final SiteSettingsStore settings;

	DemoSiteSettings(SiteSettingsStore settings) {
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		SiteSettings current = this.settings.current();
		if (current.version() > 0) {
			return; // edited already: keep what the editors wrote
		}
		this.settings.update(new SiteSettings("Ủy ban nhân dân tỉnh Thái Nguyên",
				"Cổng Dịch vụ công tỉnh Thái Nguyên", "Phường Phan Đình Phùng, tỉnh Thái Nguyên", "0208 0000 000",
				"dichvucong@thainguyen.example.vn", "Chánh Văn phòng Ủy ban nhân dân tỉnh Thái Nguyên",
				"Bản thử nghiệm MotCua: dữ liệu minh họa", 0), Actor.system());
	}

}
