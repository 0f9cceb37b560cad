package vn.motcua.portal.settings;

import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** Portal editors change the header and footer every page shows. */
@MotCuaTest
class SiteSettingsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SiteSettingsStore settings;

	@Test
	void aPortalEditorChangesTheFooterAndTheHomePageShowsIt() {
		Http browser = Http.session(this.port, "bientap.thainguyen", PASSWORD);
		SiteSettings current = this.settings.current();

		Http.Response saved = browser.submitForm("/quan-tri/cai-dat-cong", "/quan-tri/cai-dat-cong",
				Map.of("authorityName", current.authorityName(), "portalName", current.portalName(), "address",
						"Tổ dân phố Số 1, xã Phú Lương, tỉnh Thái Nguyên", "phone", "0208 111 222", "email",
						"banbientap@phuluong.example.vn", "responsiblePerson", "Ông Nguyễn Văn Trách", "license", "",
						"version", String.valueOf(current.version())));

		assertThat(saved.status()).isEqualTo(302);
		assertThat(Http.anonymous(this.port).get("/").body()).contains("Tổ dân phố Số 1, xã Phú Lương",
				"Ông Nguyễn Văn Trách", "banbientap@phuluong.example.vn");
	}

	@Test
	void anEmptyPortalNameIsRefusedWithoutLosingTheRest() {
		Http browser = Http.session(this.port, "bientap.thainguyen", PASSWORD);
		SiteSettings before = this.settings.current();

		Http.Response refused = browser.submitForm("/quan-tri/cai-dat-cong", "/quan-tri/cai-dat-cong",
				Map.of("authorityName", "UBND mới", "portalName", "", "email", "sai", "version",
						String.valueOf(before.version())));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Vui lòng nhập thông tin này.", "Địa chỉ thư điện tử không hợp lệ.",
				"UBND mới");
		assertThat(this.settings.current()).isEqualTo(before);
	}

	@Test
	void aReceptionOfficerCannotEditThePortal() {
		Http browser = Http.session(this.port, "tiepnhan", PASSWORD);

		assertThat(browser.get("/quan-tri/cai-dat-cong").status()).isEqualTo(403);
	}

}
