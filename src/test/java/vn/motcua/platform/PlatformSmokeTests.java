package vn.motcua.platform;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** The running application as a newcomer and an official meet it, over real HTTP. */
@MotCuaTest
class PlatformSmokeTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Scheduler scheduler;

	@Test
	void theHomePageIsInVietnameseWithThePortalsHeaderAndFooter() {
		Http.Response home = Http.anonymous(this.port).get("/");

		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("<html lang=\"vi\"", "Ủy ban nhân dân tỉnh Thái Nguyên",
				"Cổng Dịch vụ công tỉnh Thái Nguyên", "Chịu trách nhiệm chính", "Đăng nhập", "Xã Phú Lương");
	}

	@Test
	void englishIsOneClickAwayAndRemembered() {
		Http browser = Http.anonymous(this.port);

		assertThat(browser.get("/?lang=en").body()).contains("<html lang=\"en\"", "Responsible person");
		assertThat(browser.get("/").body()).contains("Log in");
	}

	@Test
	void theBackOfficeRedirectsToTheLoginPage() {
		Http.Response response = Http.anonymous(this.port).get("/quan-tri/can-bo");

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).endsWith("/dang-nhap");
	}

	@Test
	void anOfficialLogsInByFormAndTheSessionLivesInTheDatabase() {
		Http browser = Http.anonymous(this.port);

		Http.Response login = browser.login("lanhdao", PASSWORD);
		assertThat(login.status()).isEqualTo(302);
		assertThat(login.location()).endsWith("/quan-tri");
		assertThat(browser.get("/quan-tri").body()).contains("Xin chào, Đỗ Quang Hưng."); // officials are named by their full name
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = 'lanhdao'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void aWrongPasswordOnTheFormSaysSoInVietnamese() {
		Http browser = Http.anonymous(this.port);

		Http.Response login = browser.login("lanhdao", "sai");
		assertThat(login.location()).endsWith("/dang-nhap?error");
		assertThat(browser.get("/dang-nhap?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng.");
	}

	@Test
	void aPageFormWithoutCsrfTokenIsRefused() {
		Http browser = Http.session(this.port, "bientap", PASSWORD);

		Http.Response forged = browser.postJson("/quan-tri/cai-dat-cong", "{}");
		assertThat(forged.status()).isEqualTo(403);
	}

	@Test
	void aNonAdministratorCannotOpenAdministration() {
		Http browser = Http.session(this.port, "tiepnhan", PASSWORD);

		assertThat(browser.get("/quan-tri/can-bo").status()).isEqualTo(403);
	}

	@Test
	void unknownApiPathsAnswerWithAProblem() {
		Http.Response response = Http.basic(this.port, "admin", PASSWORD).get("/api/v1/khong-co");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.<String>json("$.code")).isEqualTo("not-found");
	}

	@Test
	void openApiDescribesTheApi() {
		Http.Response docs = Http.anonymous(this.port).get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		Map<String, Object> paths = docs.json("$.paths");
		assertThat(paths).containsKeys("/api/v1/units", "/api/v1/agencies", "/api/v1/officials");
	}

	@Test
	void healthIsPublicAndMetricsAreForAdministrators() {
		assertThat(Http.anonymous(this.port).get("/actuator/health").<String>json("$.status")).isEqualTo("UP");
		assertThat(Http.anonymous(this.port).get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(Http.basic(this.port, "tiepnhan", PASSWORD).get("/actuator/prometheus").status()).isEqualTo(403);
		Http.Response metrics = Http.basic(this.port, "admin", PASSWORD).get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests");
	}

	@Test
	void theClockIsFrozenByProperty() {
		assertThat(this.clock.instant()).isEqualTo(Instant.parse(MotCuaTest.NOW.replace("09:00:00+07:00", "02:00:00Z")));
		assertThat(this.clock.getZone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
	}

	@Test
	void jobsEventsAndSessionsUseThisDatabase() {
		assertThat(this.scheduler.getSchedulerState().isStarted()).isTrue();
		assertThat(this.scheduler.getSchedulerState().isShuttingDown()).isFalse();
		for (String table : new String[] { "scheduled_tasks", "event_publication", "spring_session" }) {
			assertThat(this.jdbc.sql("select to_regclass(:t) is not null").param("t", table).query(Boolean.class).single())
				.as(table)
				.isTrue();
		}
	}

	@Test
	void theDatabaseIsPostgres15OrLaterWithTheExtensionsSearchNeeds() {
		assertThat(this.jdbc.sql("select unaccent('Xã Động Đạt')").query(String.class).single()).isEqualTo("Xa Dong Dat");
		assertThat(this.jdbc.sql("show server_version_num").query(Integer.class).single()).isGreaterThanOrEqualTo(150000);
	}

}
