package vn.motcua.citizen;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.Http;
import vn.motcua.MotCuaApplication;
import vn.motcua.MotCuaTest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's identity connection, through a stand-in OpenID Connect provider (the whole code flow
 * with a signed ID token): the applicant's name, personal identification number, date of birth and
 * address come from the provider's claims, prefill the online form, and are not asked again (what is
 * typed over them does not stand); a later login that gives less keeps what was given.
 */
class IdentityProviderPrefillIntegrationTests {

	@TempDir
	Path dir;

	@Test
	void theProvidersClaimsPrefillTheApplicantAndAreNotAskedAgain() throws Exception {
		try (OidcProviderStandIn provider = OidcProviderStandIn.start();
				ConfigurableApplicationContext app = start(provider)) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			provider.claims.putAll(Map.of("email", "dinh.danh@example.vn", "email_verified", true, "name",
					"Trần Thị Định Danh", "id_number", "019300004321", "birthdate", "2000-05-17", "address",
					Map.of("formatted", "Xóm Đồng Kem, xã Phú Lương, tỉnh Thái Nguyên")));
			Http citizen = login(port, provider);

			Http.Response started = citizen.submitForm("/cong-dan/nop?thu-tuc=1.001193", "/cong-dan/nop",
					Map.of("procedureCode", "1.001193", "agencyCode", CitizenFixtures.PHU_LUONG_DESK));
			String draft = URI.create(started.location()).getRawPath();
			String form = citizen.get(draft + "?buoc=2").text();
			assertThat(form).contains("Trần Thị Định Danh", "019300004321", "Xóm Đồng Kem, xã Phú Lương, tỉnh Thái Nguyên",
					"Ngày sinh: 17/05/2000", "không cần khai lại");
			assertThat(citizen.get(draft + "?buoc=2").body()).containsPattern("id=\"idNumber\"[^>]*readonly");

			// typed over, the vouched particulars stand; the phone, which the provider did not give, is taken
			citizen.submitForm(draft + "?buoc=2", draft + "/nguoi-nop", Map.of("fullName", "Người Khác", "idNumber",
					"001099012345", "phone", "0912 678 901", "address", "Nơi khác"));
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			Map<String, Object> saved = jdbc.sql("""
					select applicant_name, applicant_id_number, applicant_phone, applicant_address from dossier_submission
					 where id = ?::uuid""").param(draft.substring(draft.lastIndexOf('/') + 1)).query().singleRow();
			assertThat(saved).containsValues("Trần Thị Định Danh", "019300004321", "0912 678 901",
					"Xóm Đồng Kem, xã Phú Lương, tỉnh Thái Nguyên");

			// a later login without the address or a well-formed number keeps what was vouched before
			provider.claims.remove("address");
			provider.claims.put("id_number", "12345");
			login(port, provider);
			assertThat(jdbc.sql("select id_number || ' ' || address from identity_citizen where contact = ?")
				.param("dinh.danh@example.vn").query(String.class).single())
				.isEqualTo("019300004321 Xóm Đồng Kem, xã Phú Lương, tỉnh Thái Nguyên");
		}
	}

	/** The whole authorisation code flow, the browser's redirects followed by hand. */
	private static Http login(int port, OidcProviderStandIn provider) throws Exception {
		Http browser = Http.anonymous(port);
		Http.Response toProvider = browser.get("/cong-dan/oauth2/authorization/vneid");
		assertThat(toProvider.location()).startsWith(provider.url() + "/authorize");
		HttpResponse<Void> back = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(toProvider.location())).build(), HttpResponse.BodyHandlers.discarding());
		URI callback = URI.create(back.headers().firstValue("Location").orElseThrow());
		Http.Response loggedIn = browser.get(callback.getRawPath() + "?" + callback.getRawQuery());
		assertThat(loggedIn.location()).as(loggedIn.body()).endsWith("/cong-dan/ho-so");
		return browser;
	}

	private ConfigurableApplicationContext start(OidcProviderStandIn provider) {
		String registration = "--spring.security.oauth2.client.registration.vneid.";
		String at = "--spring.security.oauth2.client.provider.vneid.";
		return SpringApplication.run(MotCuaApplication.class, "--spring.profiles.active=demo", "--server.port=0",
				"--motcua.embedded-db.data-dir=", "--motcua.files.dir=" + this.dir.resolve("files"), "--motcua.signing.dir=",
				"--motcua.demo.password=" + MotCuaTest.PASSWORD, "--motcua.demo.dossiers=0",
				"--motcua.clock.fixed=" + MotCuaTest.NOW, "--logging.level.root=WARN",
				"--motcua.admin.password-file=" + this.dir.resolve("admin.txt"), registration + "client-id=motcua-test",
				registration + "client-secret=bi-mat", registration + "client-name=VNeID (thử nghiệm)",
				registration + "authorization-grant-type=authorization_code",
				registration + "redirect-uri={baseUrl}/cong-dan/oauth2/code/{registrationId}",
				registration + "scope=openid,profile,email", at + "authorization-uri=" + provider.url() + "/authorize",
				at + "token-uri=" + provider.url() + "/token", at + "jwk-set-uri=" + provider.url() + "/jwks",
				at + "user-name-attribute=sub");
	}

}
