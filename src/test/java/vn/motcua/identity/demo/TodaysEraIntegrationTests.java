package vn.motcua.identity.demo;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * On today's clock (2026) the demo lives in the two-tier era: each commune in force has its desk,
 * specialist, head and chairman, the province its PAR committee, leader and editors; nothing offers
 * «cấp huyện»; the district's accounts still see their own figures; the portal is the province's.
 */
@MotCuaTest
class TodaysEraIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Test
	void everyCommuneInForceHasItsDeskSpecialistHeadAndChairman() {
		for (String commune : new String[] { "phuluong", "votranh", "yentrach", "hopthanh" }) {
			for (String prefix : new String[] { "motcua", "chuyenvien", "truongphong", "chutich" }) {
				Http.Response me = Http.basic(this.port, prefix + "." + commune, PASSWORD).get("/api/v1/me");
				assertThat(me.status()).as(prefix + "." + commune).isEqualTo(200);
			}
		}
		for (String province : new String[] { "caicach.thainguyen", "lanhdao.thainguyen", "bientap.thainguyen" }) {
			assertThat(Http.basic(this.port, province, PASSWORD).get("/api/v1/me").status()).as(province).isEqualTo(200);
		}
	}

	@Test
	void noDistrictLevelIsOfferedAfterTheReformButItWasBefore() {
		assertThat(Http.anonymous(this.port).get("/thu-tuc").body()).contains("<option value=\"COMMUNE\"")
			.doesNotContain("<option value=\"DISTRICT\"");

		this.clock.set("2025-03-03T09:00:00+07:00");
		assertThat(Http.anonymous(this.port).get("/thu-tuc").body()).contains("<option value=\"DISTRICT\"");
	}

	@Test
	void aDistrictLeadersStatisticsOpenOnTheDistrictsLastYear() {
		String page = Http.session(this.port, "lanhdao", PASSWORD).get("/quan-tri/thong-ke").body();

		assertThat(page).doesNotContain("Không tìm thấy đơn vị hành chính").contains("Huyện Phú Lương", "2025");
	}

	@Test
	void aCommuneChairmansStatisticsOpenOnTheCommune() {
		String page = Http.session(this.port, "chutich.votranh", PASSWORD).get("/quan-tri/thong-ke").body();

		assertThat(page).doesNotContain("Không tìm thấy đơn vị hành chính").contains("Xã Vô Tranh");
	}

	@Test
	void theBoardOpensOnThePortalsOwnUnitAndThePortalPublishesAnsweredFeedback() {
		assertThat(Http.anonymous(this.port).get("/api/v1/public/board").<String>json("$.unitCode")).isEqualTo("19");
		assertThat(Http.anonymous(this.port).get("/phan-anh/da-tra-loi").body())
			.contains("Đề nghị bổ sung ghế chờ tại Bộ phận Một cửa xã", "UBND xã Vô Tranh cảm ơn ý kiến của ông");
	}

}
