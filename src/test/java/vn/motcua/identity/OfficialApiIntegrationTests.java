package vn.motcua.identity;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** The officials API: authentication, unit scope, administration, lockout. */
@MotCuaTest
class OfficialApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void withoutCredentialsTheApiAnswers401AsAProblem() {
		Http.Response response = Http.anonymous(this.port).get("/api/v1/officials");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.<String>json("$.code")).isEqualTo("unauthenticated");
	}

	@Test
	void aWrongPasswordIs401Too() {
		assertThat(Http.basic(this.port, "tiepnhan", "not-the-password").get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void aCommuneOfficerNeverSeesAnotherCommunesOfficials() {
		Http yenLac = Http.basic(this.port, "xa.yenlac", PASSWORD);

		List<String> visible = yenLac.get("/api/v1/officials").json("$[*].username");
		assertThat(visible).contains("xa.yenlac").doesNotContain("xa.dongdat", "tiepnhan", "admin");

		Http.Response other = yenLac.get("/api/v1/officials/xa.dongdat");
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.<String>json("$.code")).isEqualTo("official-not-found");
	}

	@Test
	void aMergedCommuneSeesTheCommunesItWasFormedFrom() {
		List<String> visible = Http.basic(this.port, "xa.phuluong", PASSWORD).get("/api/v1/officials").json("$[*].username");

		assertThat(visible).contains("xa.phuluong", "xa.yenlac", "xa.dongdat").doesNotContain("tiepnhan");
	}

	@Test
	void aDistrictAdministratorSeesTheDistrictButNotTheProvince() {
		List<String> visible = Http.basic(this.port, "quantri.phuluong", PASSWORD)
			.get("/api/v1/officials")
			.json("$[*].username");

		assertThat(visible).contains("tiepnhan", "xa.yenlac", "xa.dongdat").doesNotContain("admin", "xa.phuluong");
	}

	@Test
	void onlyAdministratorsRegisterOfficials() {
		Http.Response response = Http.basic(this.port, "xa.votranh", PASSWORD).postJson("/api/v1/officials", """
				{"username":"xa.votranh2","fullName":"Nguyễn Thị B","agencyCode":"000.42.00.H55","roles":["COMMUNE_OFFICER"]}""");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.<String>json("$.code")).isEqualTo("forbidden");
	}

	@Test
	void aDistrictAdministratorCannotRegisterOfficialsOutsideTheDistrict() {
		Http.Response response = Http.basic(this.port, "quantri.phuluong", PASSWORD).postJson("/api/v1/officials", """
				{"username":"tinh.nguoimoi","fullName":"Nguyễn Thị C","agencyCode":"000.00.00.H55","roles":["SPECIALIST"]}""");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.<String>json("$.code")).isEqualTo("out-of-scope");
	}

	@Test
	void aNewOfficialGetsATemporaryPasswordThatMustBeChangedFirst() {
		Http admin = Http.basic(this.port, "quantri.phuluong", PASSWORD);
		Http.Response created = admin.postJson("/api/v1/officials", """
				{"username":"chuyenvien.moi","fullName":"Trịnh Văn Đức","agencyCode":"000.03.06.H55","roles":["SPECIALIST"]}""");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).endsWith("/api/v1/officials/chuyenvien.moi");
		assertThat(created.<Boolean>json("$.official.mustChangePassword")).isTrue();
		String temporary = created.json("$.temporaryPassword");
		assertThat(temporary).hasSizeGreaterThanOrEqualTo(8);

		Http.Response gated = Http.basic(this.port, "chuyenvien.moi", temporary).get("/api/v1/me");
		assertThat(gated.status()).isEqualTo(403);
		assertThat(gated.<String>json("$.code")).isEqualTo("password-change-required");

		String hash = this.jdbc.sql("select password_hash from identity_official where username = 'chuyenvien.moi'")
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(temporary);
	}

	@Test
	void invalidInputIsRejectedFieldByFieldInVietnamese() {
		Http.Response response = Http.basic(this.port, "admin", PASSWORD).postJson("/api/v1/officials", """
				{"username":"x","fullName":"","email":"không-phải-email","roles":[]}""");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<String>json("$.code")).isEqualTo("validation-failed");
		List<String> fields = response.json("$.errors[*].field");
		assertThat(fields).contains("username", "fullName", "email", "roles");
		List<String> messages = response.json("$.errors[*].message");
		assertThat(messages).contains("Vui lòng nhập thông tin này.", "Chọn ít nhất một vai trò.");
		assertThat(this.jdbc.sql("select count(*) from identity_official where username = 'x'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aStaleEditIsAConflict() {
		Http admin = Http.basic(this.port, "admin", PASSWORD);
		admin.postJson("/api/v1/officials", """
				{"username":"bientap.hai","fullName":"Lý Thị Hai","agencyCode":"000.01.06.H55","roles":["PORTAL_EDITOR"]}""");
		String update = """
				{"fullName":"Lý Thị Hai","agencyCode":"000.01.06.H55","roles":["PORTAL_EDITOR"],"enabled":true,"version":%d}""";

		assertThat(admin.putJson("/api/v1/officials/bientap.hai", update.formatted(0)).status()).isEqualTo(200);
		Http.Response stale = admin.putJson("/api/v1/officials/bientap.hai", update.formatted(0));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.<String>json("$.code")).isEqualTo("stale-version");
	}

	@Test
	void repeatedWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
		Http admin = Http.basic(this.port, "admin", PASSWORD);
		admin.postJson("/api/v1/officials", """
				{"username":"khoa.thu","fullName":"Hà Văn Khóa","agencyCode":"000.02.06.H55","roles":["PAR_COMMITTEE"],
				 "password":"Mat-khau-2026"}""");
		Http wrong = Http.basic(this.port, "khoa.thu", "sai-mat-khau-1");
		for (int i = 0; i < 3; i++) {
			assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
		}

		Http.Response locked = Http.basic(this.port, "khoa.thu", "Mat-khau-2026").get("/api/v1/me");
		assertThat(locked.status()).isEqualTo(401);
		assertThat(locked.<String>json("$.code")).isEqualTo("account-locked");
		assertThat(admin.get("/api/v1/officials/khoa.thu").<Boolean>json("$.locked")).isTrue();

		assertThat(admin.postJson("/api/v1/officials/khoa.thu/unlock", "").status()).isEqualTo(204);
		assertThat(Http.basic(this.port, "khoa.thu", "Mat-khau-2026").get("/api/v1/me").status()).isEqualTo(403);
	}

	@Test
	void administratorsCannotLockThemselvesOut() {
		Http admin = Http.basic(this.port, "admin", PASSWORD);
		long version = admin.get("/api/v1/officials/admin").<Integer>json("$.version");

		Http.Response response = admin.putJson("/api/v1/officials/admin", """
				{"fullName":"Nguyễn Văn Quản","agencyCode":"000.00.00.H55","roles":["SPECIALIST"],"enabled":true,"version":%d}"""
			.formatted(version));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<String>json("$.code")).isEqualTo("cannot-demote-self");
	}

	@Test
	void malformedJsonIsABadRequestProblem() {
		Http.Response response = Http.basic(this.port, "admin", PASSWORD).postJson("/api/v1/officials", "{\"username\":");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<String>json("$.code")).isEqualTo("bad-request");
	}

	@Test
	void aRememberedPasswordIsForgottenWhenItIsResetAndAWrongOneNeverPasses() {
		Http admin = Http.basic(this.port, "admin", PASSWORD);
		admin.postJson("/api/v1/officials", """
				{"username":"nho.matkhau","fullName":"Đào Văn Nhớ","agencyCode":"000.02.06.H55","roles":["SPECIALIST"],
				 "password":"Nho-mat-khau-1"}""");
		Http official = Http.basic(this.port, "nho.matkhau", "Nho-mat-khau-1");
		assertThat(official.get("/api/v1/me").status()).as("authenticated, must change").isEqualTo(403);
		assertThat(official.get("/api/v1/me").status()).as("remembered").isEqualTo(403);
		assertThat(Http.basic(this.port, "nho.matkhau", "Nho-mat-khau-2").get("/api/v1/me").status()).isEqualTo(401);

		assertThat(admin.postJson("/api/v1/officials/nho.matkhau/password-reset", "").status()).isEqualTo(200);

		assertThat(official.get("/api/v1/me").status()).isEqualTo(401);
	}

}
