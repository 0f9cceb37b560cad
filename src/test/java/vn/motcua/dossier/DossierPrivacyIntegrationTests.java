package vn.motcua.dossier;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * Least privilege on citizens' particulars: portal editors and the PAR committee handle no dossier,
 * so they read none — neither its particulars nor its scans nor the lists — and see the figures.
 */
@MotCuaTest
class DossierPrivacyIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void rolesThatHandleNoDossierReadNone() {
		Http.Response received = Http.basic(this.port, "xa.phuluong", PASSWORD).postJson("/api/v1/dossiers", """
				{"procedureCode":"1.001193","agencyCode":"000.41.00.H55","channel":"DIRECT",
				 "applicant":{"fullName":"Triệu Thị Riêng","idNumber":"019190055443","phone":"0912 555 443"}}""");
		assertThat(received.status()).as(received.body()).isEqualTo(201);
		String code = received.json("$.code");

		for (String official : new String[] { "caicach.thainguyen", "bientap.thainguyen", "phongvien.thainguyen" }) {
			Http api = Http.basic(this.port, official, PASSWORD);
			for (String path : new String[] { "/api/v1/dossiers/" + code, "/api/v1/dossiers/" + code + "/attachments",
					"/api/v1/dossiers?q=Rieng" }) {
				Http.Response refused = api.get(path);
				assertThat(refused.status()).as(official + " " + path).isEqualTo(403);
				assertThat(refused.<String>json("$.code")).isEqualTo("dossier-role-required");
				assertThat(refused.body()).doesNotContain("019190055443");
			}
			Http.Response home = Http.session(this.port, official, PASSWORD).get("/quan-tri");
			assertThat(home.status()).isEqualTo(200);
			assertThat(home.body()).doesNotContain("href=\"/quan-tri/ho-so\"");
		}
		assertThat(Http.basic(this.port, "chuyenvien.phuluong", PASSWORD).get("/api/v1/dossiers/" + code).body())
			.contains("019190055443");
		assertThat(Http.session(this.port, "caicach.thainguyen", PASSWORD).get("/quan-tri/thong-ke").status())
			.isEqualTo(200);
		// nor does the menu offer him the portal's settings, which answer him 403
		assertThat(Http.session(this.port, "caicach.thainguyen", PASSWORD).get("/quan-tri").body())
			.doesNotContain("href=\"/quan-tri/cai-dat-cong\"");
	}

}
