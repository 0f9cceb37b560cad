package vn.motcua.connect.national;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.Http;
import vn.motcua.MotCuaApplication;
import vn.motcua.MotCuaTest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's national portal: a dossier's reception and status change reach the stand-in portal
 * exactly once each, in order, across a lost answer and a restart of the application in between
 * (the same data directory, the clock an hour on); a refused action writes nothing to the outbox.
 */
class NationalPortalIntegrationTests {

	private static final String KEY = "khoa-bi-mat-thu-nghiem";

	private static final String INTAKE = """
			{"procedureCode":"1.001193","agencyCode":"000.41.00.H55","channel":"DIRECT",
			 "applicant":{"fullName":"Người Đồng Bộ","phone":"0912 333 444"}}""";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path dir;

	@Test
	void everyStatusChangeReachesThePortalOnceAndInOrderAcrossARestart() throws Exception {
		try (NationalPortalStandIn portal = NationalPortalStandIn.start(0, KEY)) {
			String code;
			try (ConfigurableApplicationContext app = start(portal, MotCuaTest.NOW, "1h")) {
				JdbcClient jdbc = app.getBean(JdbcClient.class);
				Http desk = Http.basic(port(app), "xa.phuluong", MotCuaTest.PASSWORD);
				code = desk.postJson("/api/v1/dossiers", INTAKE).json("$.code");
				assertThat(waiting(jdbc)).isEqualTo(1);
				Http.Response refused = desk.postJson("/api/v1/dossiers/" + code + "/transitions",
						"{\"action\":\"PAYMENT_RECEIVED\"}");
				assertThat(refused.status()).isEqualTo(409);
				assertThat(waiting(jdbc)).isEqualTo(1);

				// the portal applies the reception but its answer is lost: the message stays, to go again
				portal.failNext(1);
				NationalSender sender = app.getBean(NationalSender.class);
				assertThat(sender.sendPending()).isZero();
				assertThat(portal.applied()).hasSize(1);
				Http.Response asked = desk.postJson("/api/v1/dossiers/" + code + "/transitions",
						"{\"action\":\"REQUEST_SUPPLEMENT\",\"note\":\"Bổ sung giấy chứng sinh\"}");
				assertThat(asked.status()).as(asked.body()).isEqualTo(200);
				// the retry is not due yet, and the change waits behind it
				assertThat(sender.sendPending()).isZero();
				assertThat(waiting(jdbc)).isEqualTo(2);
				String page = Http.session(port(app), "xa.phuluong", MotCuaTest.PASSWORD).get("/quan-tri/ket-noi").text();
				assertThat(page).contains("2 bản tin chưa đồng bộ", "1 bản tin đang gửi lỗi", code, "HTTP 503");
				assertThat(Http.session(port(app), "xa.dongdat", MotCuaTest.PASSWORD).get("/quan-tri/ket-noi").text())
					.contains("0 bản tin chưa đồng bộ")
					.doesNotContain(code);
			}

			// restarted an hour later, the job sends what was left by itself
			try (ConfigurableApplicationContext app = start(portal, "2026-11-28T10:00:00+07:00", "1s")) {
				JdbcClient jdbc = app.getBean(JdbcClient.class);
				for (int i = 0; i < 300 && waiting(jdbc) > 0; i++) {
					Thread.sleep(100);
				}
				assertThat(waiting(jdbc)).isZero();
				List<JsonNode> applied = portal.applied().stream().map(JSON::readTree).toList();
				assertThat(applied).hasSize(2);
				assertThat(applied).extracting(m -> m.get("dossierCode").asString()).containsOnly(code);
				assertThat(applied).extracting(m -> m.get("nationalStatus").asInt()).containsExactly(2, 5);
				assertThat(applied.get(0).get("agencyCode").asString()).isEqualTo("000.41.00.H55");
				assertThat(applied.get(0).get("changedAt").asString()).isEqualTo("2026-11-28T09:00+07:00");
				assertThat(applied.get(1).get("status").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
				assertThat(portal.deliveries()).isEqualTo(3); // the reception twice, applied once
				assertThat(app.getBean(NationalSender.class).sendPending()).isZero();
				assertThat(portal.deliveries()).isEqualTo(3);
			}
		}
	}

	private static int waiting(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from connect_national_outbox where sent_at is null").query(Integer.class).single();
	}

	private ConfigurableApplicationContext start(NationalPortalStandIn portal, String now, String every) {
		return SpringApplication.run(MotCuaApplication.class, "--spring.profiles.active=demo", "--server.port=0",
				"--motcua.embedded-db.data-dir=" + this.dir.resolve("pg"), "--motcua.files.dir=" + this.dir.resolve("files"),
				"--motcua.signing.dir=", "--motcua.demo.password=" + MotCuaTest.PASSWORD, "--motcua.demo.dossiers=0",
				"--motcua.clock.fixed=" + now, "--logging.level.root=WARN",
				"--motcua.admin.password-file=" + this.dir.resolve("admin.txt"), "--motcua.national.enabled=true",
				"--motcua.national.url=" + portal.url(), "--motcua.national.key=" + KEY,
				"--motcua.national.send-every=" + every);
	}

	private static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

}
