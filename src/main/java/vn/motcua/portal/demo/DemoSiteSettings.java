package vn.motcua.portal.demo;

import vn.motcua.portal.settings.SiteSettings;
import vn.motcua.portal.settings.SiteSettingsStore;
import vn.motcua.shared.Actor;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo profile: the Phú Lương portal's header and footer, set once on a fresh database. */
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
		this.settings.update(new SiteSettings("Ủy ban nhân dân huyện Phú Lương",
				"Cổng thông tin điện tử huyện Phú Lương", "Thị trấn Đu, huyện Phú Lương, tỉnh Thái Nguyên",
				"0208 0000 000", "vanphong@phuluong.example.vn", "Chánh Văn phòng HĐND và UBND huyện Phú Lương",
				"Bản thử nghiệm MotCua: dữ liệu minh họa", 0), Actor.system());
	}

}
