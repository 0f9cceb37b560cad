package vn.motcua.citizen;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.TestMail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * A citizen from account to rated result: registration verified by a code sent by e-mail, an
 * online draft with its documents, the desk's receipt, a supplement round, the result, the rating.
 */
@MotCuaTest
class OnlineSubmissionIntegrationTests {

	private static final String BIRTH_REGISTRATION = "1.001193";

	private static final String PHU_LUONG_DESK = "000.41.20.H55";

	private static final byte[] PDF = "%PDF-1.4 bản quét".getBytes();

	@LocalServerPort
	int port;

	@Autowired
	GreenMail mail;

	@Autowired
	TestClock clock;

	/** A registered, verified and logged-in citizen (a browser session). */
	private Http citizen(String email) {
		Http browser = Http.anonymous(this.port);
		Http.Response registered = browser.submitForm("/cong-dan/dang-ky", "/cong-dan/dang-ky",
				Map.of("contact", email, "fullName", "Lương Thị Hoa", "password", "Hoa-2026-khai", "passwordAgain",
						"Hoa-2026-khai"));
		assertThat(registered.text()).contains("Mã xác thực gồm 6 chữ số đã được gửi tới " + email.toLowerCase());
		assertThat(browser.submitForm("/cong-dan/dang-ky", "/cong-dan/xac-thuc", Map.of("contact", email, "code", "000000"))
			.text()).contains("Mã xác thực không đúng hoặc đã hết hiệu lực.");

		List<MimeMessage> codes = TestMail.to(this.mail, email.toLowerCase(), "Mã xác thực");
		assertThat(codes).hasSize(1);
		Matcher code = Pattern.compile("\\d{6}").matcher(TestMail.body(codes.get(0)));
		assertThat(code.find()).isTrue();
		Http.Response verified = browser.submitForm("/cong-dan/dang-ky", "/cong-dan/xac-thuc",
				Map.of("contact", email, "code", code.group()));
		assertThat(verified.location()).endsWith("/cong-dan/dang-nhap?verified");

		Http.Response login = browser.submitForm("/cong-dan/dang-nhap", "/cong-dan/dang-nhap",
				Map.of("username", email.toUpperCase(), "password", "Hoa-2026-khai"));
		assertThat(login.location()).endsWith("/cong-dan/ho-so");
		return browser;
	}

	private static String path(Http.Response redirect) {
		URI uri = URI.create(redirect.location());
		return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
	}

	@Test
	void anOnlineDossierGoesFromDraftToRatedResultWithASupplementRound() {
		this.clock.set("2026-11-30T08:00:00+07:00"); // Monday
		String email = "hoa." + UUID.randomUUID() + "@example.vn";
		Http hoa = citizen(email);
		Http desk = Http.basic(this.port, "xa.phuluong", PASSWORD);

		Http.Response started = hoa.submitForm("/cong-dan/nop?thu-tuc=" + BIRTH_REGISTRATION, "/cong-dan/nop",
				Map.of("procedureCode", BIRTH_REGISTRATION, "agencyCode", PHU_LUONG_DESK));
		String wizard = path(started);
		assertThat(wizard).matches("/cong-dan/nop/[0-9a-f-]{36}\\?buoc=2");
		String draft = wizard.substring(0, wizard.indexOf('?'));
		hoa.submitForm(wizard, draft + "/nguoi-nop", Map.of("fullName", "Lương Thị Hoa", "idNumber", "019300001234",
				"phone", "0912 345 678", "email", email, "address", "Xóm Đồng Kem, xã Phú Lương"));

		// the checklist: no submission while a required document has no file
		Http.Response early = hoa.submitForm(draft + "?buoc=4", draft + "/gui",
				Map.of("resultDelivery", "ONLINE", "commitment", "1"));
		assertThat(early.text()).contains("Chưa thể nộp");
		String documents = hoa.get(draft + "?buoc=3").text();
		Matcher positions = Pattern.compile("name=\"document\" value=\"(\\d+)\"").matcher(documents);
		int count = 0;
		while (positions.find()) {
			Http.Response uploaded = hoa.submitFile(draft + "?buoc=3", draft + "/giay-to?document=" + positions.group(1),
					"giay-to-" + positions.group(1) + ".pdf", PDF);
			assertThat(uploaded.status()).isEqualTo(302);
			count++;
		}
		assertThat(count).isPositive();
		assertThat(hoa.submitFile(draft + "?buoc=3", draft + "/giay-to?document=1", "virus.exe", "MZ".getBytes()).status())
			.isEqualTo(302);
		assertThat(hoa.get(draft + "?buoc=3").text()).contains("Tệp «virus.exe» không được nhận");
		Http.Response sent = hoa.submitForm(draft + "?buoc=4", draft + "/gui",
				Map.of("resultDelivery", "ONLINE", "commitment", "1"));
		assertThat(hoa.get(path(sent)).text()).contains("Đã gửi hồ sơ tới Bộ phận Một cửa", "Đã gửi, chờ Bộ phận Một cửa tiếp nhận");

		// the desk receives it: a dossier on the online channel, with the citizen's files
		String id = draft.substring(draft.lastIndexOf('/') + 1);
		assertThat(desk.get("/api/v1/submissions").<List<String>>json("$[*].id")).contains(id);
		assertThat(Http.basic(this.port, "xa.dongdat", PASSWORD).get("/api/v1/submissions").<List<String>>json("$[*].id"))
			.doesNotContain(id);
		Http.Response received = desk.postJson("/api/v1/submissions/" + id + "/decision", "{\"outcome\":\"RECEIVE\"}");
		assertThat(received.status()).as(received.body()).isEqualTo(200);
		String code = received.json("$.code");
		assertThat(received.<String>json("$.channel")).isEqualTo("ONLINE");
		assertThat(desk.get("/api/v1/dossiers/" + code + "/attachments").<List<String>>json("$[*].uploadedBy"))
			.hasSize(count).containsOnly(email);
		assertThat(desk.postJson("/api/v1/submissions/" + id + "/decision", "{\"outcome\":\"RECEIVE\"}").<String>json("$.code"))
			.isEqualTo("submission-decided");
		assertThat(TestMail.to(this.mail, email, "Đã tiếp nhận hồ sơ " + code)).hasSize(1);
		assertThat(hoa.get("/cong-dan/ho-so").text()).contains(code);
		Http.Bytes receipt = hoa.getBytes("/cong-dan/ho-so/" + code + "/mau/01");
		assertThat(receipt.status()).isEqualTo(200);
		assertThat(new String(receipt.body(), 0, 5)).isEqualTo("%PDF-");
		// the control slip (form 05) is the office's record of who handled what: not the applicant's
		assertThat(hoa.getBytes("/cong-dan/ho-so/" + code + "/mau/05").status()).isEqualTo(404);

		// a supplement round: the request reaches the citizen, who sends the file on the same dossier
		desk.postJson("/api/v1/dossiers/" + code + "/transitions",
				"{\"action\":\"REQUEST_SUPPLEMENT\",\"note\":\"Bổ sung giấy chứng sinh bản chính\"}");
		assertThat(TestMail.to(this.mail, email, "cần bổ sung")).hasSize(1);
		assertThat(hoa.get("/cong-dan/ho-so/" + code).text()).contains("Cần bổ sung hồ sơ", "Bổ sung giấy chứng sinh bản chính");
		Http.Response supplemented = hoa.submitFile("/cong-dan/ho-so/" + code, "/cong-dan/ho-so/" + code + "/bo-sung",
				"giay-chung-sinh.pdf", PDF);
		assertThat(hoa.get(path(supplemented)).text()).contains("Đã nhận tệp bổ sung", "giay-chung-sinh.pdf");
		assertThat(desk.get("/api/v1/dossiers/" + code + "/attachments").<List<String>>json("$[*].fileName"))
			.contains("giay-chung-sinh.pdf");
		desk.postJson("/api/v1/dossiers/" + code + "/transitions", "{\"action\":\"SUPPLEMENT_RECEIVED\"}");

		// the steps, the result, the return
		String status = "IN_PROGRESS";
		for (int guard = 0; guard < 10 && desk.get("/api/v1/dossiers/" + code).json("$.currentStep") != null; guard++) {
			Http.Response done = desk.postJson("/api/v1/dossiers/" + code + "/transitions", "{\"action\":\"COMPLETE_STEP\"}");
			if (done.status() == 403) {
				done = Http.basic(this.port, "chutich.phuluong", PASSWORD)
					.postJson("/api/v1/dossiers/" + code + "/transitions", "{\"action\":\"COMPLETE_STEP\"}");
			}
			assertThat(done.status()).as(done.body()).isEqualTo(200);
			status = done.json("$.status");
		}
		// completing the last step makes the result ready: no separate «hoàn thành giải quyết» (issue 19)
		assertThat(status).isEqualTo("RESOLVED");
		assertThat(TestMail.to(this.mail, email, "đã có kết quả")).hasSize(1);
		desk.postJson("/api/v1/dossiers/" + code + "/transitions", "{\"action\":\"RETURN_RESULT\"}");

		// the rating: once
		Http.Response rated = hoa.submitForm("/cong-dan/ho-so/" + code, "/cong-dan/ho-so/" + code + "/danh-gia",
				Map.of("score", "5", "comment", "Cán bộ hướng dẫn tận tình"));
		assertThat(hoa.get(path(rated)).text()).contains("Cảm ơn anh/chị đã đánh giá.", "Đã đánh giá: 5/5.");
		Http.Response byPhone = Http.anonymous(this.port).postJson("/api/v1/public/dossiers/" + code + "/rating",
				"{\"phoneLast4\":\"5678\",\"score\":1}");
		assertThat(byPhone.<String>json("$.code")).as("four phone digits do not rate").isEqualTo("rating-needs-secret");
		String secret = desk.get("/api/v1/dossiers/" + code).json("$.lookupSecret");
		Http.Response again = Http.anonymous(this.port).postJson("/api/v1/public/dossiers/" + code + "/rating",
				"{\"secret\":\"" + secret + "\",\"score\":1}");
		assertThat(again.<String>json("$.code")).isEqualTo("rating-not-open");
		assertThat(Http.anonymous(this.port).get("/api/v1/public/dossiers/" + code + "?phoneLast4=5678").<Integer>json("$.rating"))
			.isEqualTo(5);
		assertThat(Http.anonymous(this.port).get("/tra-cuu-ho-so?ma=" + code + "&phone=5678").text())
			.contains("Kết quả đã được trả trực tuyến vào tài khoản của người nộp");
	}

	@Test
	void aCitizenReachesOnlyTheirOwnDossiersAndNoBackOffice() {
		Http hoa = citizen("mai." + UUID.randomUUID() + "@example.vn");
		assertThat(hoa.get("/quan-tri").status()).isEqualTo(403);
		assertThat(hoa.get("/quan-tri/ho-so").status()).isEqualTo(403);
		assertThat(hoa.get("/cong-dan/nop/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(Http.anonymous(this.port).get("/cong-dan/ho-so").location()).endsWith("/cong-dan/dang-nhap");
		assertThat(Http.session(this.port, "xa.phuluong", PASSWORD).get("/cong-dan/ho-so").status()).isIn(302, 403);
	}

	@Test
	void theDemoCitizenLogsInWithTheDemoPassword() {
		Http browser = Http.anonymous(this.port);
		Http.Response login = browser.submitForm("/cong-dan/dang-nhap", "/cong-dan/dang-nhap",
				Map.of("username", "congdan@example.vn", "password", PASSWORD));
		assertThat(login.location()).endsWith("/cong-dan/ho-so");
		assertThat(browser.get("/cong-dan/ho-so").text()).contains("Xin chào Nguyễn Văn Dân.");
		assertThat(Http.anonymous(this.port).submitForm("/cong-dan/dang-nhap", "/cong-dan/dang-nhap",
				Map.of("username", "congdan@example.vn", "password", "sai-mat-khau-1")).location())
			.endsWith("/cong-dan/dang-nhap?error");
	}

	@Test
	void aProcedureOfferedOnlyAtTheCounterCannotBeStartedOnline() {
		Http hoa = citizen("lan." + UUID.randomUUID() + "@example.vn");
		String counterOnly = Http.anonymous(this.port).get("/api/v1/public/procedures?q=").<List<Map<String, Object>>>json("$")
			.stream()
			.filter(p -> "DIRECT_ONLY".equals(p.get("onlineLevel")))
			.map(p -> (String) p.get("code"))
			.findFirst()
			.orElseThrow();
		Http.Response refused = hoa.submitForm("/cong-dan/nop?thu-tuc=" + counterOnly, "/cong-dan/nop",
				Map.of("procedureCode", counterOnly, "agencyCode", PHU_LUONG_DESK));
		assertThat(hoa.get(path(refused)).text()).contains("chưa cung cấp dịch vụ trực tuyến");
	}

}
