package vn.motcua.portal.lookup;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** The public dossier lookup: a code and a second factor, no personal data shown, failures throttled. */
@MotCuaTest
class DossierLookupIntegrationTests {

	private static final String BIRTH_REGISTRATION = "1.001193";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	private Http anonymous() {
		return Http.anonymous(this.port);
	}

	@Test
	void theLookupNeedsTheRightSecondFactorAndShowsNoPersonalData() {
		String code = receive();
		Http.Response byPhone = anonymous().get("/api/v1/public/dossiers/" + code + "?phoneLast4=5678");
		assertThat(byPhone.status()).isEqualTo(200);
		assertThat(byPhone.<String>json("$.status")).isEqualTo("RECEIVED");
		assertThat(byPhone.<String>json("$.currentPlace")).isEqualTo("Ủy ban nhân dân xã Phú Lương");
		assertThat(byPhone.<String>json("$.appointment")).isNotBlank();
		assertThat(byPhone.<List<String>>json("$.timeline[*].action")).containsExactly("RECEIVE");
		assertThat(byPhone.body()).doesNotContain("Nhung", "019190012345", "0912", "nhung@", "xa.phuluong");

		String secret = Http.basic(this.port, "xa.phuluong", PASSWORD).get("/api/v1/dossiers/" + code)
			.json("$.lookupSecret");
		assertThat(anonymous().get("/api/v1/public/dossiers/" + code + "?secret=" + secret.toLowerCase()).status())
			.isEqualTo(200);

		Http.Response wrongFactor = anonymous().get("/api/v1/public/dossiers/" + code + "?phoneLast4=1234");
		Http.Response unknownCode = anonymous().get("/api/v1/public/dossiers/000.41.00.H55-261128-9999?phoneLast4=5678");
		Http.Response noFactor = anonymous().get("/api/v1/public/dossiers/" + code);
		assertThat(List.of(wrongFactor.status(), unknownCode.status(), noFactor.status())).containsOnly(404);
		assertThat(wrongFactor.<String>json("$.code")).isEqualTo("dossier-not-found");
		assertThat(wrongFactor.<String>json("$.title")).isEqualTo(unknownCode.json("$.title"));

		String page = anonymous().get("/tra-cuu-ho-so?ma=" + code + "&k=" + secret).text();
		assertThat(page).contains(code, "Đã tiếp nhận, chờ xử lý", "Bộ phận Một cửa tiếp nhận hồ sơ");
		assertThat(anonymous().get("/tra-cuu-ho-so?ma=" + code + "&phone=0000").text())
			.contains("Không tìm thấy hồ sơ với mã và thông tin xác thực đã nhập");
	}

	@Test
	void theTimelineNamesEachCompletedStepInOrderAndAnEscapedAddressFindsTheSameDossier() {
		String code = receive();
		Http officer = Http.basic(this.port, "xa.phuluong", PASSWORD);
		for (int i = 0; i < 2; i++) {
			assertThat(officer.postJson("/api/v1/dossiers/" + code + "/transitions", "{\"action\":\"COMPLETE_STEP\"}").status())
				.isEqualTo(200);
		}
		Http.Response found = anonymous().get("/api/v1/public/dossiers/" + code + "?phoneLast4=5678");
		assertThat(found.<List<String>>json("$.timeline[*].action")).containsExactly("RECEIVE", "COMPLETE_STEP", "COMPLETE_STEP");
		assertThat(found.<List<String>>json("$.timeline[*].step")).containsExactly(null,
				"Tiếp nhận, kiểm tra, số hóa và chuyển hồ sơ", "Thẩm định hồ sơ, dự thảo kết quả");
		// «o» written as %6F: the address is matched by its decoded segments, as Spring always did
		assertThat(anonymous().get("/api/v1/public/d%6Fssiers/" + code + "?phoneLast4=5678").body()).isEqualTo(found.body());
	}

	@Test
	void failedLookupsAreLimitedPerClientUntilTheWindowPasses() {
		String code = receive();
		this.clock.set("2026-11-28T10:00:00+07:00"); // a window after any earlier failures of this client
		for (int i = 0; i < 10; i++) {
			assertThat(anonymous().get("/api/v1/public/dossiers/000.41.00.H55-261128-" + (9000 + i) + "?phoneLast4=5678")
				.status()).isEqualTo(404);
		}
		Http.Response limited = anonymous().get("/api/v1/public/dossiers/" + code + "?phoneLast4=5678");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.<String>json("$.code")).isEqualTo("too-many-lookups");
		assertThat(anonymous().get("/tra-cuu-ho-so?ma=" + code + "&phone=5678").text())
			.contains("Bạn đã tra cứu sai quá nhiều lần");

		// behind a proxy (server.forward-headers-strategy) every citizen has his own budget
		assertThat(anonymous().with("X-Forwarded-For", "203.0.113.7")
			.get("/api/v1/public/dossiers/" + code + "?phoneLast4=5678")
			.status()).isEqualTo(200);

		this.clock.set("2026-11-28T10:16:00+07:00");
		assertThat(anonymous().get("/api/v1/public/dossiers/" + code + "?phoneLast4=5678").status()).isEqualTo(200);
	}

	private String receive() {
		Http.Response response = Http.basic(this.port, "xa.phuluong", PASSWORD).postJson("/api/v1/dossiers", """
				{"procedureCode":"%s","agencyCode":"000.41.00.H55","channel":"DIRECT",
				 "applicant":{"fullName":"Nguyễn Thị Hồng Nhung","idNumber":"019190012345","phone":"0912 345 678",
				              "email":"nhung@example.vn","address":"Xóm Đồng Kem, xã Phú Lương"}}""".formatted(BIRTH_REGISTRATION));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json("$.code");
	}

}
