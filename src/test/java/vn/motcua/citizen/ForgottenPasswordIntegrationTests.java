package vn.motcua.citizen;

import java.util.List;
import java.util.Map;

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

/** «Quên mật khẩu»: a code by e-mail as at registration, at most one a minute, then a new password; and the one «Đăng nhập». */
@MotCuaTest
class ForgottenPasswordIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	GreenMail mail;

	@Autowired
	TestClock clock;

	@Test
	void aCitizenSetsANewPasswordWithACodeSentByEmail() throws Exception {
		String email = "quen." + System.nanoTime() + "@example.vn";
		Http browser = Http.anonymous(this.port);
		browser.submitForm("/cong-dan/dang-ky", "/cong-dan/dang-ky",
				Map.of("contact", email, "fullName", "Vũ Thị Quyên", "password", "Quyen-2026-cu", "passwordAgain",
						"Quyen-2026-cu"));
		String registration = code(email, 1);
		browser.submitForm("/cong-dan/dang-ky", "/cong-dan/xac-thuc", Map.of("contact", email, "code", registration));
		assertThat(browser.get("/cong-dan/dang-nhap").text()).contains("Quên mật khẩu?");

		this.clock.set("2026-11-28T09:00:30+07:00"); // a code is sent once per moment (the delivery log's key)
		Http.Response sent = browser.submitForm("/cong-dan/quen-mat-khau", "/cong-dan/quen-mat-khau",
				Map.of("contact", email.toUpperCase()));
		assertThat(sent.text()).contains("mã xác thực gồm 6 chữ số đã được gửi tới đó");
		String code = code(email, 2);
		// throttled: a second request within the minute sends nothing, and the answer is the same
		assertThat(browser.submitForm("/cong-dan/quen-mat-khau", "/cong-dan/quen-mat-khau", Map.of("contact", email))
			.text()).contains("mã xác thực gồm 6 chữ số đã được gửi tới đó");
		// (no third code: the count at the end, after the next minute's code, is exactly three)

		Map<String, String> typed = Map.of("contact", email, "code", code, "password", "Quyen-2026-moi",
				"passwordAgain", "Quyen-2026-khac");
		assertThat(browser.submitForm("/cong-dan/quen-mat-khau", "/cong-dan/dat-lai-mat-khau", typed).text())
			.contains("Hai lần nhập mật khẩu mới không khớp.");
		assertThat(browser.submitForm("/cong-dan/quen-mat-khau", "/cong-dan/dat-lai-mat-khau",
				Map.of("contact", email, "code", "000000", "password", "Quyen-2026-moi", "passwordAgain", "Quyen-2026-moi"))
			.text()).contains("Mã xác thực không đúng hoặc đã hết hiệu lực.");
		Http.Response reset = browser.submitForm("/cong-dan/quen-mat-khau", "/cong-dan/dat-lai-mat-khau",
				Map.of("contact", email, "code", code, "password", "Quyen-2026-moi", "passwordAgain", "Quyen-2026-moi"));
		assertThat(reset.location()).endsWith("/cong-dan/dang-nhap?reset");
		// the code is used up
		assertThat(browser.submitForm("/cong-dan/quen-mat-khau", "/cong-dan/dat-lai-mat-khau",
				Map.of("contact", email, "code", code, "password", "Quyen-2026-ba", "passwordAgain", "Quyen-2026-ba"))
			.text()).contains("Mã xác thực không đúng hoặc đã hết hiệu lực.");

		assertThat(Http.anonymous(this.port).submitForm("/cong-dan/dang-nhap", "/cong-dan/dang-nhap",
				Map.of("username", email, "password", "Quyen-2026-cu")).location()).endsWith("?error");
		assertThat(Http.anonymous(this.port).submitForm("/cong-dan/dang-nhap", "/cong-dan/dang-nhap",
				Map.of("username", email, "password", "Quyen-2026-moi")).location()).endsWith("/cong-dan/ho-so");

		// a minute later a new code may be sent
		this.clock.set("2026-11-28T09:02:00+07:00");
		browser.submitForm("/cong-dan/quen-mat-khau", "/cong-dan/quen-mat-khau", Map.of("contact", email));
		assertThat(codes(email, 3)).hasSize(3);
	}

	@Test
	void noAccountNoCodeAndTheSameAnswer() {
		String email = "khong-co." + System.nanoTime() + "@example.vn";
		Http.Response sent = Http.anonymous(this.port).submitForm("/cong-dan/quen-mat-khau", "/cong-dan/quen-mat-khau",
				Map.of("contact", email));
		assertThat(sent.text()).contains("mã xác thực gồm 6 chữ số đã được gửi tới đó");
		assertThat(TestMail.to(this.mail, email, "Mã xác thực")).isEmpty();
		assertThat(Http.anonymous(this.port).submitForm("/cong-dan/quen-mat-khau", "/cong-dan/quen-mat-khau",
				Map.of("contact", "abc")).text()).doesNotContain("đã được gửi tới đó");
	}

	@Test
	void oneLoginEntryOffersTheCitizenAndTheOfficialLogins() {
		Http.Response page = Http.anonymous(this.port).get("/dang-nhap-chon");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Người dân, doanh nghiệp", "Cán bộ, công chức");
		assertThat(page.body()).contains("href=\"/cong-dan/dang-nhap\"", "href=\"/dang-nhap\"");
	}

	/** @return the codes sent to {@code email}, waiting up to 10 s for {@code count} of them. */
	private List<MimeMessage> codes(String email, int count) throws InterruptedException {
		List<MimeMessage> codes = TestMail.to(this.mail, email, "Mã xác thực");
		for (int i = 0; i < 50 && codes.size() < count; i++) {
			Thread.sleep(200);
			codes = TestMail.to(this.mail, email, "Mã xác thực");
		}
		return codes;
	}

	private String code(String email, int count) throws Exception {
		return TestMail.code(this.mail, email, count);
	}

}
