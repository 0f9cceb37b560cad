package vn.motcua.connect.national;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.Http;
import vn.motcua.MotCuaApplication;
import vn.motcua.MotCuaTest;
import vn.motcua.shared.HmacSignature;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's national portal: a dossier's reception and status change reach the stand-in portal
 * exactly once each, in order, across a lost answer and a restart of the application in between
 * (the same data directory, the clock an hour on); a refused action writes nothing to the outbox; a
 * dossier filed on the portal arrives in the desk's queue once, and its statuses carry the portal's code.
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
			String nationalFiled;
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

				// a dossier filed on the portal arrives in the desk's queue once; its statuses name the portal's code
				String filing = filing(port(app));
				Http portalClient = Http.anonymous(port(app));
				Http.Response forged = portalClient.with("X-Signature", HmacSignature.sign("khoa-khac", filing))
					.postJson("/api/v1/public/national/dossiers", filing);
				assertThat(forged.status()).isEqualTo(400);
				assertThat(forged.<String>json("$.code")).isEqualTo("national-signature");
				Http signed = Http.anonymous(port(app)).with("X-Signature", HmacSignature.sign(KEY, filing));
				Http.Response filed = signed.postJson("/api/v1/public/national/dossiers", filing);
				assertThat(filed.status()).as(filed.body()).isEqualTo(201);
				String submission = filed.json("$.submissionId");
				Http.Response again = signed.postJson("/api/v1/public/national/dossiers", filing);
				assertThat(again.status()).isEqualTo(200);
				assertThat(again.<String>json("$.submissionId")).isEqualTo(submission);
				assertThat(desk.get("/api/v1/submissions").<List<String>>json("$[*].id")).containsOnlyOnce(submission);
				nationalFiled = desk.postJson("/api/v1/submissions/" + submission + "/decision", "{\"outcome\":\"RECEIVE\"}")
					.json("$.code");
				// another, incomplete, is turned away at the desk: the portal learns it too (status 3)
				String incomplete = filing(port(app)).replace("000123", "000124");
				String other = Http.anonymous(port(app))
					.with("X-Signature", HmacSignature.sign(KEY, incomplete))
					.postJson("/api/v1/public/national/dossiers", incomplete)
					.json("$.submissionId");
				assertThat(desk.postJson("/api/v1/submissions/" + other + "/decision",
						"{\"outcome\":\"INCOMPLETE\",\"reason\":\"Thiếu giấy chứng sinh bản chính\"}").status()).isEqualTo(200);
				assertThat(waiting(jdbc)).isEqualTo(4);
			}

			// restarted an hour later, the job sends what was left by itself
			try (ConfigurableApplicationContext app = start(portal, "2026-11-28T10:00:00+07:00", "1s")) {
				JdbcClient jdbc = app.getBean(JdbcClient.class);
				for (int i = 0; i < 300 && waiting(jdbc) > 0; i++) {
					Thread.sleep(100);
				}
				assertThat(waiting(jdbc)).isZero();
				List<JsonNode> all = portal.applied().stream().map(JSON::readTree).toList();
				assertThat(all).hasSize(4);
				assertThat(all).filteredOn(m -> "G22.99-261128-000124".equals(m.get("nationalCode").asString()))
					.singleElement()
					.satisfies(m -> assertThat(m.get("nationalStatus").asInt()).isEqualTo(3))
					.satisfies(m -> assertThat(m.get("action").asString()).isEqualTo("INCOMPLETE"));
				assertThat(all).filteredOn(m -> nationalFiled.equals(m.get("dossierCode").asString()))
					.singleElement()
					.satisfies(m -> assertThat(m.get("nationalCode").asString()).isEqualTo("G22.99-261128-000123"));
				List<JsonNode> applied = all.stream().filter(m -> code.equals(m.get("dossierCode").asString())).toList();
				assertThat(applied).hasSize(2);
				assertThat(applied).extracting(m -> m.get("nationalStatus").asInt()).containsExactly(2, 5);
				assertThat(applied.get(0).get("agencyCode").asString()).isEqualTo("000.41.00.H55");
				assertThat(applied.get(0).get("changedAt").asString()).isEqualTo("2026-11-28T09:00+07:00");
				assertThat(applied.get(1).get("status").asString()).isEqualTo("SUPPLEMENT_REQUESTED");
				assertThat(portal.deliveries()).isEqualTo(5); // the first reception twice, applied once
				assertThat(app.getBean(NationalSender.class).sendPending()).isZero();
				assertThat(portal.deliveries()).isEqualTo(5);
			}
		}
	}

	/** A birth registration filed on the portal, a file for each required document. */
	private static String filing(int port) {
		List<Integer> positions = Http.anonymous(port).get("/api/v1/public/procedures/1.001193").json("$.procedure.documents[*].position");
		String documents = positions.stream()
			.map(p -> "{\"position\":%d,\"fileName\":\"giay-to-%d.pdf\",\"contentBase64\":\"%s\"}".formatted(p, p,
					Base64.getEncoder().encodeToString(("%PDF-1.4 bản quét " + p).getBytes(StandardCharsets.UTF_8))))
			.collect(Collectors.joining(","));
		return """
				{"nationalCode":"G22.99-261128-000123","procedureCode":"1.001193","agencyCode":"000.41.20.H55",
				 "fullName":"Đinh Thị Quốc Gia","idNumber":"019300004321","email":"quoc.gia@example.vn",
				 "address":"Xóm Đồng Kem, xã Phú Lương","resultDelivery":"ONLINE","documents":[%s]}""".formatted(documents);
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
