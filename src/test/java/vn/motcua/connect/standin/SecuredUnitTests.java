package vn.motcua.connect.standin;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecuredUnitTests {

	@Test
	void theNationalPlatformsAreReachedOverHttpsAndPlainHttpOnlyOnThisMachine() {
		for (String ok : new String[] { "https://dichvucong.gov.vn/api/", "HTTPS://thanhtoan.example.vn",
				"http://127.0.0.1:8089/", "http://localhost/", "http://[::1]:9000/" }) {
			assertThatCode(() -> Secured.requireHttps("motcua.national.url", URI.create(ok))).as(ok).doesNotThrowAnyException();
		}
		assertThatCode(() -> Secured.requireHttps("motcua.national.url", null)).doesNotThrowAnyException();
		for (String refused : new String[] { "http://dichvucong.gov.vn/", "ftp://127.0.0.1/", "http://127.0.0.2/",
				"dichvucong.gov.vn" }) {
			assertThatThrownBy(() -> Secured.requireHttps("motcua.payment.url", URI.create(refused))).as(refused)
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageStartingWith("motcua.payment.url must be an https:// address");
		}
	}

}
