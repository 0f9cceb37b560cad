package vn.motcua.portal.lookup;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * The lookup as people use it: a code copied from an SMS (spaces, lower case) is found and never
 * counted as a failure; the timeline says who did what in plain words; after the return it says
 * where the result was returned.
 */
@MotCuaTest
class LookupInPlainWordsIntegrationTests {

	private static final String BIRTH_REGISTRATION = "1.001193";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Test
	void aCodeCopiedWithSpacesAndInLowerCaseIsFoundAndCountsNoFailure() {
		String code = receive();
		this.clock.set("2026-12-14T10:00:00+07:00"); // a window after any earlier failures of this client
		String copied = "  " + code.toLowerCase().replace("-", "- ") + " \u00A0";
		for (int i = 0; i < 12; i++) {
			Http.Response found = Http.anonymous(this.port)
				.get("/api/v1/public/dossiers/" + encode(copied) + "?phoneLast4=5678");
			assertThat(found.status()).as("lookup %d", i).isEqualTo(200);
			assertThat(found.<String>json("$.code")).isEqualTo(code);
		}
		String page = Http.anonymous(this.port).get("/tra-cuu-ho-so?ma=" + encode(copied) + "&phone=5678").body();
		assertThat(page).contains("id=\"dossier-code\">" + code + "<", "value=\"" + code + "\"");

		// the failures are still all there to be counted: 10 before the limit
		for (int i = 0; i < 10; i++) {
			assertThat(Http.anonymous(this.port).get("/api/v1/public/dossiers/" + code + "?phoneLast4=0000").status())
				.isEqualTo(404);
		}
		assertThat(Http.anonymous(this.port).get("/api/v1/public/dossiers/" + code + "?phoneLast4=5678").status())
			.isEqualTo(429);
		this.clock.set("2026-12-14T10:16:00+07:00"); // the window gives the tries back
		assertThat(Http.anonymous(this.port).get("/api/v1/public/dossiers/" + code + "?phoneLast4=5678").status())
			.isEqualTo(200);
	}

	@Test
	void theTimelineSaysWhoDidWhatInPlainWordsAndWhereTheResultWasReturned() {
		String code = receive();
		Http officer = Http.basic(this.port, "xa.phuluong", PASSWORD);
		for (int guard = 0; guard < 10 && officer.get("/api/v1/dossiers/" + code).json("$.currentStep") != null; guard++) {
			Http.Response done = officer.postJson("/api/v1/dossiers/" + code + "/transitions", "{\"action\":\"COMPLETE_STEP\"}");
			if (done.status() == 403) {
				done = Http.basic(this.port, "chutich.phuluong", PASSWORD)
					.postJson("/api/v1/dossiers/" + code + "/transitions", "{\"action\":\"COMPLETE_STEP\"}");
			}
			assertThat(done.status()).as(done.body()).isEqualTo(200);
		}
		if (!"RESOLVED".equals(officer.get("/api/v1/dossiers/" + code).json("$.status"))) {
			officer.postJson("/api/v1/dossiers/" + code + "/transitions", "{\"action\":\"RESOLVE\"}");
		}
		Http.Response returned = officer.postJson("/api/v1/dossiers/" + code + "/transitions",
				"{\"action\":\"RETURN_RESULT\"}");
		assertThat(returned.status()).as(returned.body()).isEqualTo(200);

		Http.Response lookup = Http.anonymous(this.port).get("/api/v1/public/dossiers/" + code + "?phoneLast4=5678");
		List<String> steps = lookup.json("$.timeline[?(@.action == 'COMPLETE_STEP')].step");
		// the last step's completion resolves the dossier (recorded as RESOLVE): every other step is named, each once
		assertThat(steps).hasSizeGreaterThanOrEqualTo(2).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(lookup.<String>json("$.receivedBy")).isEqualTo("Ủy ban nhân dân xã Phú Lương");
		String page = Http.anonymous(this.port).get("/tra-cuu-ho-so?ma=" + code + "&phone=5678").text();
		assertThat(page).contains("Đã xong bước «" + steps.get(0) + "»", "Đã có kết quả giải quyết",
				"Kết quả đã được trả trực tiếp tại Ủy ban nhân dân xã Phú Lương.")
			.doesNotContain("Hoàn thành một bước giải quyết", "Hà Thị Thanh Hương", "xa.phuluong");
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private String receive() {
		Http.Response response = Http.basic(this.port, "xa.phuluong", PASSWORD).postJson("/api/v1/dossiers", """
				{"procedureCode":"%s","agencyCode":"000.41.00.H55","channel":"DIRECT",
				 "applicant":{"fullName":"Hoàng Thị Mai","idNumber":"019190054321","phone":"0987 655 678",
				              "address":"Xóm Đồng Kem, xã Phú Lương"}}""".formatted(BIRTH_REGISTRATION));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json("$.code");
	}

}
