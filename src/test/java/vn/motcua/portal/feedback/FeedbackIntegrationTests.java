package vn.motcua.portal.feedback;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** Feedback and petitions (Decree 20/2008) from the public form to the published answer. */
@MotCuaTest
class FeedbackIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	private static String feedback(String unitCode, boolean consent) {
		return """
				{"name":"Trần Văn Bình","address":"Xóm Na Mao, xã Phú Lương","phone":"0987 654 321",
				 "subject":"Giấy hẹn trả kết quả bị chậm","content":"Hồ sơ chứng thực của tôi quá hẹn hai ngày mà không có thư xin lỗi.",
				 "unitCode":"%s","publishConsent":%s}""".formatted(unitCode, consent);
	}

	@Test
	void aFeedbackIsRegisteredWithItsDeadlinesRoutedAnsweredAndPublished() {
		this.clock.set("2026-04-24T16:00:00+07:00"); // Friday before the 30/4–1/5 holidays
		Http.Response sent = Http.anonymous(this.port).postJson("/api/v1/public/feedback", feedback("05611", true));
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		assertThat(sent.<String>json("$.registerNo")).matches("PAKN-2026-\\d{5}");
		// 5 working days: 28, 29 April (Hùng Kings' day 26/4 is a Sunday, made up on Monday 27/4;
		// 30/4 and 1/5 are holidays), 4, 5, 6 May
		String forwardDue = sent.json("$.forwardDueAt");
		assertThat(forwardDue).isEqualTo("2026-05-06T17:00:00+07:00");
		String id = sent.json("$.id");

		Http official = Http.basic(this.port, "xa.phuluong", PASSWORD);
		Http.Response classified = official.postJson("/api/v1/feedback/" + id + "/classification",
				"{\"category\":\"HANDLING\",\"interAgency\":true}");
		assertThat(classified.status()).as(classified.body()).isEqualTo(200);
		assertThat(classified.<String>json("$.status")).isEqualTo("IN_HANDLING");
		assertThat(classified.<String>json("$.answerDueAt")).isGreaterThan(forwardDue);

		assertThat(Http.basic(this.port, "xa.dongdat", PASSWORD).get("/api/v1/feedback/" + id).status()).isEqualTo(404);
		assertThat(official.postJson("/api/v1/feedback/" + id + "/answer", "{\"answer\":\" \",\"publish\":true}")
			.<String>json("$.code")).isEqualTo("answer-required");

		Http.Response answered = official.postJson("/api/v1/feedback/" + id + "/answer",
				"{\"answer\":\"UBND xã đã kiểm tra, nhắc nhở bộ phận một cửa và gửi thư xin lỗi.\",\"publish\":true}");
		assertThat(answered.<String>json("$.status")).isEqualTo("ANSWERED");
		assertThat(answered.<Boolean>json("$.published")).isTrue();
		assertThat(official.postJson("/api/v1/feedback/" + id + "/answer", "{\"answer\":\"lại\",\"publish\":false}")
			.<String>json("$.code")).isEqualTo("feedback-closed");

		String register = Http.session(this.port, "xa.phuluong", PASSWORD).get("/quan-tri/phan-anh").text();
		assertThat(register).contains(sent.<String>json("$.registerNo"), "Đã trả lời");
		assertThat(Http.session(this.port, "xa.phuluong", PASSWORD).get("/quan-tri/phan-anh/" + id).text())
			.contains("Trần Văn Bình", "Giải quyết thủ tục hành chính", "gửi thư xin lỗi");

		List<String> published = Http.anonymous(this.port).get("/api/v1/public/feedback").json("$[*].registerNo");
		assertThat(published).contains(sent.<String>json("$.registerNo"));
		String page = Http.anonymous(this.port).get("/phan-anh/da-tra-loi").text();
		assertThat(page).contains("Giấy hẹn trả kết quả bị chậm", "gửi thư xin lỗi").doesNotContain("Trần Văn Bình", "0987");
	}

	@Test
	void withoutConsentTheAnswerIsNotPublished() {
		String id = Http.anonymous(this.port).postJson("/api/v1/public/feedback", feedback("05611", false)).json("$.id");
		Http.Response answered = Http.basic(this.port, "xa.phuluong", PASSWORD)
			.postJson("/api/v1/feedback/" + id + "/answer", "{\"answer\":\"Đã xử lý.\",\"publish\":true}");
		assertThat(answered.<Boolean>json("$.published")).isFalse();
	}

	@Test
	void officialsRouteWithinTheirScopeAndAForwardedFeedbackIsClosed() {
		this.clock.set("2026-11-27T09:00:00+07:00"); // older than the other tests' feedback, which they look up first
		String id = Http.anonymous(this.port).postJson("/api/v1/public/feedback", feedback("05611", false)).json("$.id");
		Http official = Http.basic(this.port, "xa.phuluong", PASSWORD);
		String toVoTranh = "{\"category\":\"OTHER\",\"unitCode\":\"05641\",\"interAgency\":false}";

		Http.Response outside = official.postJson("/api/v1/feedback/" + id + "/classification", toVoTranh);
		assertThat(outside.status()).isEqualTo(404);
		assertThat(outside.<String>json("$.code")).isEqualTo("unit-not-found");
		assertThat(official.postJson("/api/v1/feedback/" + id + "/forwarding", "{\"forwardedTo\":\" \"}")
			.<String>json("$.code")).isEqualTo("forwarded-to-required");

		Http.Response forwarded = official.postJson("/api/v1/feedback/" + id + "/forwarding",
				"{\"forwardedTo\":\"Sở Tư pháp tỉnh Thái Nguyên\"}");
		assertThat(forwarded.status()).as(forwarded.body()).isEqualTo(200);
		assertThat(forwarded.<String>json("$.status")).isEqualTo("FORWARDED");
		assertThat(forwarded.<String>json("$.forwardedTo")).isEqualTo("Sở Tư pháp tỉnh Thái Nguyên");
		assertThat(official.postJson("/api/v1/feedback/" + id + "/classification", toVoTranh).<String>json("$.code"))
			.isEqualTo("feedback-closed");
	}

	@Test
	void aFeedbackWithoutNameAddressOrPhoneIsRefusedFieldByField() {
		Http.Response refused = Http.anonymous(this.port).postJson("/api/v1/public/feedback",
				"{\"name\":\"\",\"address\":\"\",\"phone\":\"abc\",\"subject\":\"x\",\"content\":\"y\"}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.<List<String>>json("$.errors[*].field")).contains("name", "address", "phone");

		Http visitor = Http.anonymous(this.port);
		Http.Response page = visitor.submitForm("/phan-anh", "/phan-anh", Map.of("name", "Lò Thị Mai", "address", "",
				"phone", "0912 000 111", "subject", "Đường vào trụ sở", "content", "Nội dung còn giữ nguyên"));
		assertThat(page.text()).contains("Vui lòng nhập thông tin này.", "Lò Thị Mai", "Nội dung còn giữ nguyên");

		Map<String, String> fields = Map.of("name", "Lò Thị Mai", "address", "Xóm Đồng Kem", "phone", "0912 000 111",
				"subject", "Đường vào trụ sở", "content", "Đề nghị sửa đường.", "unitCode", "05611");
		assertThat(visitor.submitMultipart("/phan-anh", "/phan-anh", fields, "files", "virus.exe", "MZ".getBytes()).text())
			.contains("Tệp «virus.exe» không được nhận");
		Http.Response sent = visitor.submitMultipart("/phan-anh", "/phan-anh", fields, "files", "o-ga.jpg",
				new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01 });
		assertThat(sent.status()).isEqualTo(302);
		String receipt = visitor.get(URI.create(sent.location()).getPath()).text();
		assertThat(receipt).contains("Đã tiếp nhận phản ánh, kiến nghị số PAKN-2026-");

		// the officials of the unit see the photo and download it
		Http official = Http.session(this.port, "xa.phuluong", PASSWORD);
		String register = official.get("/quan-tri/phan-anh").text();
		Matcher last = Pattern.compile("/quan-tri/phan-anh/([0-9a-f-]{36})").matcher(register);
		assertThat(last.find()).isTrue();
		String handled = official.get("/quan-tri/phan-anh/" + last.group(1)).text();
		Matcher file = Pattern.compile("/quan-tri/phan-anh/[0-9a-f-]{36}/tep/[0-9a-f-]{36}").matcher(handled);
		assertThat(handled).contains("Đường vào trụ sở", "o-ga.jpg");
		assertThat(file.find()).isTrue();
		Http.Bytes photo = official.getBytes(file.group());
		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		assertThat(photo.body()).hasSize(4);
		assertThat(Http.session(this.port, "xa.dongdat", PASSWORD).getBytes(file.group()).status()).isEqualTo(404);
	}

}
