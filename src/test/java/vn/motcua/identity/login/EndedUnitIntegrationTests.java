package vn.motcua.identity.login;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * The district of Phú Lương ended on 30/06/2025: on today's clock its accounts read its records
 * but change nothing, and every page says so; in the district's own era they act as before.
 */
@MotCuaTest
class EndedUnitIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Test
	void aDistrictAccountReadsButCannotActAfterTheDistrictEnded() {
		Http desk = Http.basic(this.port, "tiepnhan", PASSWORD);

		assertThat(desk.get("/api/v1/dossiers").status()).isEqualTo(200);
		Http.Response intake = desk.postJson("/api/v1/dossiers", "{}");
		assertThat(intake.status()).isEqualTo(403);
		assertThat(intake.<String>json("$.code")).isEqualTo("unit-ended");
		assertThat(intake.<String>json("$.detail")).contains("Huyện Phú Lương", "30/06/2025");
		Http.Response transition = Http.basic(this.port, "lanhdao", PASSWORD)
			.postJson("/api/v1/dossiers/000.20.06.H55-250416-0001/transitions", "{\"action\":\"COMPLETE_STEP\"}");
		assertThat(transition.<String>json("$.code")).isEqualTo("unit-ended");
	}

	@Test
	void inTheDistrictsEraTheSameAccountActs() {
		this.clock.set("2025-04-16T09:00:00+07:00");

		Http.Response transition = Http.basic(this.port, "lanhdao", PASSWORD)
			.postJson("/api/v1/dossiers/000.20.06.H55-250416-9999/transitions", "{\"action\":\"COMPLETE_STEP\"}");

		assertThat(transition.<String>json("$.code")).isEqualTo("dossier-not-found");
	}

	@Test
	void theCommuneAccountsInForceAreNotConcerned() {
		Http.Response intake = Http.basic(this.port, "motcua.phuluong", PASSWORD).postJson("/api/v1/dossiers", "{}");

		assertThat(intake.<String>json("$.code")).isNotEqualTo("unit-ended");
		assertThat(Http.session(this.port, "chutich.phuluong", PASSWORD).get("/quan-tri").body())
			.doesNotContain("id=\"unit-ended\"");
	}

	@Test
	void onlyADeskInForceIsOfferedToReceive() {
		String intake = "href=\"/quan-tri/ho-so/tiep-nhan\"";

		assertThat(Http.session(this.port, "tiepnhan", PASSWORD).get("/quan-tri/ho-so").body()).doesNotContain(intake);
		assertThat(Http.session(this.port, "chutich.phuluong", PASSWORD).get("/quan-tri/ho-so").body())
			.as("a chairman does not receive").doesNotContain(intake);
		assertThat(Http.session(this.port, "motcua.phuluong", PASSWORD).get("/quan-tri/ho-so").body()).contains(intake);
	}

	@Test
	void everyBackOfficePageOfADistrictAccountSaysItReadsArchivesOnly() {
		String home = Http.session(this.port, "truongphong", PASSWORD).get("/quan-tri").body();

		assertThat(home).contains("id=\"unit-ended\"",
				"Huyện Phú Lương đã kết thúc hoạt động ngày 30/06/2025; tài khoản chỉ xem hồ sơ lưu trữ");
	}

}
