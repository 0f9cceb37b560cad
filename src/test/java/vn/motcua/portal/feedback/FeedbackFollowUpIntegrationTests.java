package vn.motcua.portal.feedback;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** A submitter follows their feedback by its register number and phone, like a dossier; nobody else's data shows. */
@MotCuaTest
class FeedbackFollowUpIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	private String submit() {
		Http.Response sent = Http.anonymous(this.port).postJson("/api/v1/public/feedback", """
				{"name":"Đặng Thị Lụa","address":"Xóm Khe Nác, xã Phú Lương","phone":"0965 112 233",
				 "subject":"Hỏi về lệ phí chứng thực","content":"Tôi muốn biết lệ phí chứng thực bản sao hợp đồng.",
				 "unitCode":"05611","publishConsent":false}""");
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		return sent.json("$.registerNo");
	}

	@Test
	void theSubmitterFollowsTheFeedbackByItsNumberAndPhoneUntilTheAnswer() {
		String no = submit();
		Http.Response received = Http.anonymous(this.port)
			.get("/api/v1/public/feedback/" + no.toLowerCase() + "?phoneLast4=2233");
		assertThat(received.status()).as(received.body()).isEqualTo(200);
		assertThat(received.<String>json("$.registerNo")).isEqualTo(no);
		assertThat(received.<String>json("$.status")).isEqualTo("RECEIVED");
		assertThat(received.<String>json("$.unitName")).isEqualTo("Xã Phú Lương");
		assertThat(received.body()).doesNotContain("Lụa", "Khe Nác", "0965", "lệ phí chứng thực bản sao");

		String id = Http.basic(this.port, "xa.phuluong", PASSWORD)
			.get("/api/v1/feedback")
			.<java.util.List<String>>json("$[?(@.registerNo == '" + no + "')].id")
			.get(0);
		Http.basic(this.port, "xa.phuluong", PASSWORD).postJson("/api/v1/feedback/" + id + "/answer",
				"{\"answer\":\"Lệ phí chứng thực bản sao là 2.000 đồng/trang.\",\"publish\":false}");

		String page = Http.anonymous(this.port).get("/phan-anh/theo-doi?so=%20" + no + "%20&phone=0965%20112%20233").text();
		assertThat(page).contains(no, "Đã trả lời", "Lệ phí chứng thực bản sao là 2.000 đồng/trang.")
			.doesNotContain("Đặng Thị Lụa", "Khe Nác");
	}

	@Test
	void aWrongPhoneAndAnUnknownNumberAnswerAlikeAndAreThrottledLikeTheLookup() {
		String no = submit();
		this.clock.set("2026-12-21T10:00:00+07:00"); // a window after any earlier failures of this client
		Http.Response wrongPhone = Http.anonymous(this.port).get("/api/v1/public/feedback/" + no + "?phoneLast4=0000");
		Http.Response unknown = Http.anonymous(this.port).get("/api/v1/public/feedback/PAKN-2026-99999?phoneLast4=2233");
		Http.Response noPhone = Http.anonymous(this.port).get("/api/v1/public/feedback/" + no);
		assertThat(wrongPhone.status()).isEqualTo(404);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(noPhone.status()).isEqualTo(404);
		assertThat(wrongPhone.<String>json("$.code")).isEqualTo("feedback-not-found");
		assertThat(Http.anonymous(this.port).get("/phan-anh/theo-doi?so=" + no + "&phone=1111").text())
			.contains("Không tìm thấy phản ánh với số và số điện thoại đã nhập");
		for (int i = 0; i < 6; i++) {
			Http.anonymous(this.port).get("/api/v1/public/feedback/PAKN-2026-9999" + i + "?phoneLast4=2233");
		}
		Http.Response limited = Http.anonymous(this.port).get("/api/v1/public/feedback/" + no + "?phoneLast4=2233");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.<String>json("$.code")).isEqualTo("too-many-lookups");
		this.clock.set("2026-12-21T10:16:00+07:00"); // the window gives the tries back
		assertThat(Http.anonymous(this.port).get("/api/v1/public/feedback/" + no + "?phoneLast4=2233").status())
			.isEqualTo(200);
	}

}
