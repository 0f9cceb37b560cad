package vn.motcua.identity;

import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** An official's first login with a temporary password, through the pages. */
@MotCuaTest
class AccountPageIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aTemporaryPasswordLeadsToTheChangePageUntilChanged() {
		Http admin = Http.session(this.port, "quantri.phuluong", PASSWORD);
		Http.Response created = admin.submitForm("/quan-tri/can-bo/moi", "/quan-tri/can-bo",
				Map.of("username", "tiepnhan.hai", "fullName", "Bùi Thị Thanh", "agencyCode", "000.20.06.H55", "roles",
						"RECEPTION", "enabled", "true", "version", "0"));
		assertThat(created.status()).isEqualTo(302);
		String listing = admin.get("/quan-tri/can-bo").body();
		String temporary = listing.replaceAll("(?s).*<code class=\"fs-5 ms-2\">([^<]+)</code>.*", "$1");
		assertThat(temporary).hasSizeBetween(8, 20);

		Http official = Http.anonymous(this.port);
		official.login("tiepnhan.hai", temporary);
		Http.Response gated = official.get("/quan-tri");
		assertThat(gated.status()).isEqualTo(302);
		assertThat(gated.location()).endsWith("/quan-tri/doi-mat-khau");

		Http.Response mismatch = official.submitForm("/quan-tri/doi-mat-khau", "/quan-tri/doi-mat-khau",
				Map.of("current", temporary, "next", "Mot-cua-2026", "confirmation", "Mot-cua-2027"));
		assertThat(mismatch.body()).contains("Hai lần nhập mật khẩu mới không khớp.");

		Http.Response weak = official.submitForm("/quan-tri/doi-mat-khau", "/quan-tri/doi-mat-khau",
				Map.of("current", temporary, "next", "12345678", "confirmation", "12345678"));
		assertThat(weak.body()).contains("Mật khẩu phải dài ít nhất 8 ký tự");

		Http.Response changed = official.submitForm("/quan-tri/doi-mat-khau", "/quan-tri/doi-mat-khau",
				Map.of("current", temporary, "next", "Mot-cua-2026", "confirmation", "Mot-cua-2026"));
		assertThat(changed.status()).isEqualTo(302);
		assertThat(official.get("/quan-tri").body()).contains("Đã đổi mật khẩu.");
		assertThat(Http.basic(this.port, "tiepnhan.hai", "Mot-cua-2026").get("/api/v1/me").status()).isEqualTo(200);
	}

}
