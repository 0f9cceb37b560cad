package vn.motcua.identity.citizens;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.identity.CitizenPrincipal;
import vn.motcua.shared.DomainException;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The optional OpenID Connect login of citizens (configured in the test suite, off by default). */
@MotCuaTest
class CitizenIdentityProviderIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	CitizenRegistration registration;

	@Autowired
	CitizenLogins accounts;

	@Test
	void theLoginPageOffersTheProviderWhichReceivesAnAuthorizationRequest() {
		Http browser = Http.anonymous(this.port);
		assertThat(browser.get("/cong-dan/dang-nhap").text()).contains("Đăng nhập bằng VNeID (thử nghiệm)",
				"/cong-dan/oauth2/authorization/vneid");
		Http.Response redirect = browser.get("/cong-dan/oauth2/authorization/vneid");
		assertThat(redirect.status()).isEqualTo(302);
		URI to = URI.create(redirect.location());
		assertThat(to.getHost()).isEqualTo("sso.example.invalid");
		assertThat(to.getQuery()).contains("response_type=code", "client_id=motcua-test", "scope=openid profile email phone",
				"redirect_uri=http://localhost:" + this.port + "/cong-dan/oauth2/code/vneid", "state=", "nonce=");
	}

	@Test
	void someoneWhoRegisteredAnotherPersonsContactKeepsNoPasswordOnceTheProviderVouchesForIt() {
		this.registration.register("nan.nhan@example.vn", "Kẻ Mạo Danh", "Mao-danh-2026", "192.0.2.9"); // never verified
		CitizenPrincipal victim = this.accounts.fromIdentityProvider("https://sso.example.invalid|009", "nan.nhan@example.vn",
				"Đặng Thị Nạn");

		assertThat(victim.fullName()).isEqualTo("Đặng Thị Nạn");
		assertThat(Http.anonymous(this.port).submitForm("/cong-dan/dang-nhap", "/cong-dan/dang-nhap",
				Map.of("username", "nan.nhan@example.vn", "password", "Mao-danh-2026")).location()).endsWith("?error");
	}

	@Test
	void aPersonFromTheProviderGetsOneAccountLinkedByVerifiedContact() {
		String registered = this.registration.register("Tuan.Vu@example.vn", "Vũ Anh Tuấn", "Tuan-2026-matkhau", "192.0.2.1");
		CitizenPrincipal linked = this.accounts.fromIdentityProvider("https://sso.example.invalid|001", "tuan.vu@example.vn",
				"Vũ Anh Tuấn");
		assertThat(linked.contact()).isEqualTo(registered);
		assertThat(this.accounts.fromIdentityProvider("https://sso.example.invalid|001", "tuan.vu@example.vn", "Vũ Anh Tuấn")
			.id()).isEqualTo(linked.id());
		assertThat(this.accounts.forLogin("tuan.vu@example.vn")).isPresent(); // verified by the provider

		CitizenPrincipal created = this.accounts.fromIdentityProvider("https://sso.example.invalid|002", "0987 000 111",
				"Phan Thị Ngọc");
		assertThat(created.contact()).isEqualTo("0987000111");
		assertThat(created.id()).isNotEqualTo(linked.id());

		assertThatThrownBy(() -> this.accounts.fromIdentityProvider("https://sso.example.invalid|003", "tuan.vu@example.vn",
				"Người khác"))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "citizen-linked-elsewhere");
		assertThatThrownBy(() -> this.accounts.fromIdentityProvider("https://sso.example.invalid|004", "", "Không liên hệ"))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "contact-invalid");
	}

}
