package vn.motcua.platform;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * Issue 17: a query parameter or form field with bytes that are not UTF-8, a NUL or another control
 * character answered 500 on many pages and APIs (PostgreSQL refuses a NUL); now 400 everywhere, a
 * problem detail with its code on the API, and nothing is written.
 */
@MotCuaTest
class HostileInputIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void invalidUtf8AndControlCharactersAreRefusedWith400() {
		Http reader = Http.anonymous(this.port);
		for (String page : List.of("/thu-tuc?q=%FF", "/thu-tuc?q=%00", "/tim-kiem?q=%FF%FE", "/tim-kiem?q=a%00b",
				"/cong-khai-ket-qua?unit=%FF", "/tin-tuc?trang=%FF", "/tra-cuu-ho-so?ma=%1B", "/?x=%C3%28")) {
			assertThat(reader.get(page).status()).as(page).isEqualTo(400);
		}
		for (String api : List.of("/api/v1/public/procedures?q=%FF", "/api/v1/public/procedures?q=%00", "/api/v1/public/board?unit=%00")) {
			Http.Response refused = reader.get(api);
			assertThat(refused.status()).as(api).isEqualTo(400);
			assertThat(refused.<String>json("$.code")).isEqualTo("request-invalid-characters");
		}
		assertThat(reader.get("/tim-kiem?q=%C4%91%C4%83ng+k%C3%BD%0D%0Akhai%09sinh").status()).as("Vietnamese, tab and line ends")
			.isEqualTo(200);
	}

	@Test
	void aFormWithANulIsRefusedAndNothingIsWritten() {
		Http editor = Http.session(this.port, "bientap.thainguyen", PASSWORD);
		Http.Response refused = editor.submitForm("/quan-tri/trang-thong-tin", "/quan-tri/trang-thong-tin/trang",
				Map.of("title", "Trang có ký tự \u0000 lạ", "body", "<p>x</p>"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(Http.anonymous(this.port).get("/gioi-thieu/trang-co-ky-tu-la").status()).isEqualTo(404);
	}

	@Test
	void aJsonBodyWithANulIsRefusedWith400AndNothingIsWritten() {
		Http.Response refused = Http.anonymous(this.port).postJson("/api/v1/public/feedback", """
				{"name":"Người gửi\\u0000 lạ","address":"Xã Phú Lương","phone":"0912 111 333","subject":"Đường",
				 "content":"Nội dung","unitCode":"05641"}""");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.<String>json("$.code")).isEqualTo("bad-request");
		assertThat(Http.anonymous(this.port).postJson("/api/v1/public/feedback", """
				{"name":"Người gửi\\u0007","address":"X","phone":"0912 111 333","subject":"S","content":"C"}""").status())
			.isEqualTo(400);
	}

}
