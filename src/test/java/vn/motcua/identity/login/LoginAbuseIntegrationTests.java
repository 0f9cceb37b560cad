package vn.motcua.identity.login;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.TestMail;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Brute force and cost: parallel guesses are counted before they are tested, citizens are locked
 * out as officials are, and codes go to a contact once a minute and five times a day.
 */
@MotCuaTest
class LoginAbuseIntegrationTests {

	private static final String CODE_MAIL = "Mã xác thực";

	@LocalServerPort
	int port;

	@Autowired
	GreenMail mail;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void parallelWrongPasswordsAreCountedBeforeTheyAreTested() throws Exception {
		newOfficial("song.song", "Lý Văn Song");
		List<String> answers = inParallel(24, i -> Http.basic(this.port, "song.song", "doan-sai-" + i)
			.get("/api/v1/me")
			.<String>json("$.code"));

		// max-attempts is 3 in the tests: only three passwords were ever checked
		assertThat(answers).filteredOn("unauthenticated"::equals).hasSizeLessThanOrEqualTo(3);
		assertThat(answers).filteredOn("account-locked"::equals).hasSizeGreaterThanOrEqualTo(21);
		assertThat(Http.basic(this.port, "song.song", "Mat-khau-2026").get("/api/v1/me").<String>json("$.code"))
			.isEqualTo("account-locked");
	}

	@Test
	void parallelLoginsWithTheRightPasswordAllGetInTheyOnlyWaitAMoment() throws Exception {
		newOfficial("song.dung", "Lý Thị Đúng");
		assertThat(inParallel(16, i -> Http.basic(this.port, "song.dung", "Mat-khau-2026").get("/api/v1/me").status()))
			.as("none is taken for a guess (403: a new official must first change the password)")
			.containsOnly(403);
	}

	private void newOfficial(String username, String fullName) {
		assertThat(Http.basic(this.port, "admin", MotCuaTest.PASSWORD).postJson("/api/v1/officials", """
				{"username":"%s","fullName":"%s","agencyCode":"000.02.06.H55","roles":["PAR_COMMITTEE"],
				 "password":"Mat-khau-2026"}""".formatted(username, fullName)).status()).isEqualTo(201);
	}

	/** @return what {@code n} threads started at once answered, in order. */
	private static <T> List<T> inParallel(int n, IntFunction<T> call) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			return pool.invokeAll(IntStream.range(0, n).<Callable<T>>mapToObj(i -> () -> call.apply(i)).toList())
				.stream()
				.map(LoginAbuseIntegrationTests::get)
				.toList();
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void citizensAreLockedOutAfterRepeatedWrongPasswordsUntilTheTimePasses() throws Exception {
		this.clock.set("2026-11-28T09:00:00+07:00");
		String email = "khoa." + System.nanoTime() + "@example.vn";
		Http browser = Http.anonymous(this.port);
		register(browser, email);
		browser.submitForm("/cong-dan/dang-ky", "/cong-dan/xac-thuc", Map.of("contact", email, "code", code(email, 1)));

		for (int i = 0; i < 3; i++) {
			assertThat(citizenLogin(email, "Sai-mat-khau-" + i).location()).endsWith("/cong-dan/dang-nhap?error");
		}
		Http.Response locked = citizenLogin(email, "Khoa-2026-dung");
		assertThat(locked.location()).endsWith("/cong-dan/dang-nhap?locked");
		assertThat(Http.anonymous(this.port).get("/cong-dan/dang-nhap?locked").text())
			.contains("Tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần");

		this.clock.set("2026-11-28T09:16:00+07:00");
		assertThat(citizenLogin(email, "Khoa-2026-dung").location()).endsWith("/cong-dan/ho-so");
	}

	@Test
	void aContactGetsACodeOnceAMinuteAndFiveTimesADayAndResendingKeepsNoOldCode() throws Exception {
		this.clock.set("2026-11-28T09:00:00+07:00");
		String email = "gui-lai." + System.nanoTime() + "@example.vn";
		Http browser = Http.anonymous(this.port);
		register(browser, email);
		String first = code(email, 1);

		assertThat(resend(browser, email).text()).contains("mỗi số điện thoại hoặc thư điện tử nhận một mã mỗi phút");
		for (int minute = 1; minute <= 4; minute++) {
			this.clock.set("2026-11-28T09:0" + minute + ":00+07:00");
			assertThat(resend(browser, email).text()).doesNotContain("tối đa 5 mã");
		}
		this.clock.set("2026-11-28T09:05:00+07:00"); // a minute after the fifth: the day's five are used up
		assertThat(resend(browser, email).text()).contains("tối đa 5 mã trong 24 giờ");
		// registering again is no way around it
		assertThat(register(browser, email).text()).contains("tối đa 5 mã trong 24 giờ");
		String last = code(email, 5);
		assertThat(browser.submitForm("/cong-dan/dang-ky", "/cong-dan/xac-thuc",
				Map.of("contact", email, "code", first)).text()).contains("Mã xác thực không đúng");
		assertThat(browser.submitForm("/cong-dan/dang-ky", "/cong-dan/xac-thuc", Map.of("contact", email, "code", last))
			.location()).endsWith("/cong-dan/dang-nhap?verified");
		assertThat(TestMail.to(this.mail, email, CODE_MAIL)).hasSize(5);
		assertThat(this.jdbc.sql("select body from notification_delivery where recipient = ? and status = 'SENT'")
			.param(email).query(String.class).list()).as("the delivery log keeps no sent code")
			.hasSize(5).allSatisfy(body -> assertThat(body).doesNotContain(first, last));
	}

	@Test
	void oneAddressRegistersThirtyAccountsAnHourAndSendsThirtyFeedbacksInTheTests() {
		this.clock.set("2026-11-28T09:00:00+07:00");
		Http client = Http.anonymous(this.port).with("X-Forwarded-For", "198.51.100.23");
		for (int i = 0; i < 30; i++) {
			assertThat(register(client, "nhieu." + i + "." + System.nanoTime() + "@example.vn").text())
				.doesNotContain("đã đăng ký nhiều tài khoản");
		}
		assertThat(register(client, "nhieu.31@example.vn").text())
			.contains("Địa chỉ mạng này đã đăng ký nhiều tài khoản trong thời gian ngắn. Vui lòng thử lại sau 3 phút.");
		assertThat(register(Http.anonymous(this.port).with("X-Forwarded-For", "198.51.100.24"), "khac@example.vn").text())
			.doesNotContain("đã đăng ký nhiều tài khoản");

		String feedback = """
				{"name":"Nguyễn Văn Gửi","address":"Xã Phú Lương","phone":"0912 111 222","subject":"Đường hỏng",
				 "content":"Đường liên xóm bị hỏng nặng.","unitCode":"%s"}""";
		Http sender = Http.anonymous(this.port).with("X-Forwarded-For", "198.51.100.25");
		for (int i = 0; i < 30; i++) {
			assertThat(sender.postJson("/api/v1/public/feedback", feedback.formatted("05641")).status()).isNotEqualTo(429);
		}
		Http.Response refused = sender.postJson("/api/v1/public/feedback", feedback.formatted("05641"));
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.<String>json("$.code")).isEqualTo("too-much-feedback");
	}

	private Http.Response register(Http browser, String email) {
		return browser.submitForm("/cong-dan/dang-ky", "/cong-dan/dang-ky", Map.of("contact", email, "fullName",
				"Đinh Thị Khóa", "password", "Khoa-2026-dung", "passwordAgain", "Khoa-2026-dung"));
	}

	private Http.Response resend(Http browser, String email) {
		return browser.submitForm("/cong-dan/dang-ky", "/cong-dan/xac-thuc",
				Map.of("contact", email, "code", "", "resend", "1"));
	}

	private Http.Response citizenLogin(String email, String password) {
		return Http.anonymous(this.port)
			.submitForm("/cong-dan/dang-nhap", "/cong-dan/dang-nhap", Map.of("username", email, "password", password));
	}

	private String code(String email, int count) throws InterruptedException {
		return TestMail.code(this.mail, email, count);
	}

	private static <T> T get(Future<T> answer) {
		try {
			return answer.get();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
