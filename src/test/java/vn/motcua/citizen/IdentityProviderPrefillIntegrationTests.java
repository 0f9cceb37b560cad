package vn.motcua.citizen;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.Http;
import vn.motcua.MotCuaApplication;
import vn.motcua.MotCuaTest;
import vn.motcua.connect.standin.IdentityProviderStandIn;
import vn.motcua.organization.OrganizationManagement;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's identity connection, through a stand-in OpenID Connect provider (the whole code flow
 * with a signed ID token): the applicant's name, personal identification number, date of birth and
 * address come from the provider's claims, prefill the online form, and are not asked again (what is
 * typed over them does not stand); a later login that gives less keeps what was given. The demo's
 * profile {@code standins} runs the same stand-in inside the application, with a page on which the
 * demo's Lê Thị Hoa confirms who she is.
 */
class IdentityProviderPrefillIntegrationTests {

	@TempDir
	Path dir;

	@Test
	void theProvidersClaimsPrefillTheApplicantAndAreNotAskedAgain() throws Exception {
		try (IdentityProviderStandIn provider = IdentityProviderStandIn.start(false,
				Clock.fixed(OffsetDateTime.parse(MotCuaTest.NOW).toInstant(), ZoneOffset.UTC));
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

	@Test
	void theDemosStandInsLetLeThiHoaConfirmWhoSheIsAndFileWithHerParticulars() throws Exception {
		try (ConfigurableApplicationContext app = SpringApplication.run(MotCuaApplication.class,
				"--spring.profiles.active=demo,standins", "--server.port=0", "--motcua.embedded-db.data-dir=",
				"--motcua.files.dir=" + this.dir.resolve("files"), "--motcua.signing.dir=" + this.dir.resolve("signing"),
				"--motcua.demo.password=" + MotCuaTest.PASSWORD, "--motcua.demo.dossiers=0",
				"--motcua.clock.fixed=" + MotCuaTest.NOW, "--logging.level.root=WARN",
				"--motcua.admin.password-file=" + this.dir.resolve("admin.txt"))) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			String provider = app.getBean(IdentityProviderStandIn.class).endpoints();
			Http browser = Http.anonymous(port);
			assertThat(browser.get("/cong-dan/dang-nhap").text()).contains("VNeID (mô phỏng)");

			// the provider's page: who she is, and her consent
			Http.Response toProvider = browser.get("/cong-dan/oauth2/authorization/vneid");
			assertThat(toProvider.location()).startsWith(provider + "/authorize");
			HttpClient http = HttpClient.newHttpClient();
			HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(toProvider.location())).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.body()).contains("MÔ PHỎNG", "Lê Thị Hoa", "019186004321");
			String code = page.body().replaceAll("(?s).*name=\"code\" value=\"([0-9a-f-]{36})\".*", "$1");
			// not before she confirms, and only back to MotCua's own address
			HttpRequest early = HttpRequest.newBuilder(URI.create(provider + "/token"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=" + code))
				.build();
			assertThat(http.send(early, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
			assertThat(http.send(HttpRequest.newBuilder(URI.create(provider + "/authorize?client_id="
					+ IdentityProviderStandIn.CLIENT_ID + "&redirect_uri=https://ke-gian.example/")).build(),
					HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
			HttpRequest approve = HttpRequest.newBuilder(URI.create(provider + "/approve"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("code=" + code))
				.build();
			URI callback = URI.create(http.send(approve, HttpResponse.BodyHandlers.discarding()).headers()
				.firstValue("Location").orElseThrow());
			assertThat(http.send(approve, HttpResponse.BodyHandlers.ofString()).statusCode()).as("a code confirmed once")
				.isEqualTo(400);
			assertThat(browser.get(callback.getRawPath() + "?" + callback.getRawQuery()).location()).endsWith("/cong-dan/ho-so");

			// her particulars, as vouched, prefill the form and are not asked again
			Http.Response started = browser.submitForm("/cong-dan/nop?thu-tuc=1.001193", "/cong-dan/nop",
					Map.of("procedureCode", "1.001193", "agencyCode", CitizenFixtures.PHU_LUONG_DESK));
			String draft = URI.create(started.location()).getRawPath();
			assertThat(browser.get(draft + "?buoc=2").text()).contains("Lê Thị Hoa", "019186004321", "Ngày sinh: 14/03/1986",
					"không cần khai lại");
			assertThat(app.getBean(JdbcClient.class).sql("select vouched_by from identity_citizen where contact = ?")
				.param("dinhdanh@example.vn").query(String.class).single()).isEqualTo(IdentityProviderStandIn.ISSUER);

			// the demo made its CA and a certificate per agency of either era at its first start
			int agencies = app.getBean(OrganizationManagement.class).allAgencies().size();
			for (int i = 0; i < 600 && keys(this.dir.resolve("signing")) < agencies + 1; i++) {
				Thread.sleep(100);
			}
			assertThat(keys(this.dir.resolve("signing"))).isEqualTo(agencies + 1);
		}
	}

	private static long keys(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.toString().endsWith(".p12")).count();
		}
	}

	/** The whole authorisation code flow, the browser's redirects followed by hand. */
	private static Http login(int port, IdentityProviderStandIn provider) throws Exception {
		Http browser = Http.anonymous(port);
		Http.Response toProvider = browser.get("/cong-dan/oauth2/authorization/vneid");
		assertThat(toProvider.location()).startsWith(provider.endpoints() + "/authorize");
		HttpResponse<Void> back = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(toProvider.location())).build(), HttpResponse.BodyHandlers.discarding());
		URI callback = URI.create(back.headers().firstValue("Location").orElseThrow());
		Http.Response loggedIn = browser.get(callback.getRawPath() + "?" + callback.getRawQuery());
		assertThat(loggedIn.location()).as(loggedIn.body()).endsWith("/cong-dan/ho-so");
		return browser;
	}

	private ConfigurableApplicationContext start(IdentityProviderStandIn provider) {
		String registration = "--spring.security.oauth2.client.registration.vneid.";
		String at = "--spring.security.oauth2.client.provider.vneid.";
		return SpringApplication.run(MotCuaApplication.class, "--spring.profiles.active=demo", "--server.port=0",
				"--motcua.embedded-db.data-dir=", "--motcua.files.dir=" + this.dir.resolve("files"), "--motcua.signing.dir=",
				"--motcua.demo.password=" + MotCuaTest.PASSWORD, "--motcua.demo.dossiers=0",
				"--motcua.clock.fixed=" + MotCuaTest.NOW, "--logging.level.root=WARN",
				"--motcua.admin.password-file=" + this.dir.resolve("admin.txt"),
				registration + "client-id=" + IdentityProviderStandIn.CLIENT_ID,
				registration + "client-secret=bi-mat", registration + "client-name=VNeID (thử nghiệm)",
				registration + "authorization-grant-type=authorization_code",
				registration + "redirect-uri={baseUrl}/cong-dan/oauth2/code/{registrationId}",
				registration + "scope=openid,profile,email", at + "authorization-uri=" + provider.endpoints() + "/authorize",
				at + "token-uri=" + provider.endpoints() + "/token", at + "jwk-set-uri=" + provider.endpoints() + "/jwks",
				at + "user-name-attribute=sub");
	}

}
