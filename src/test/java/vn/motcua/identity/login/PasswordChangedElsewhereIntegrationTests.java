package vn.motcua.identity.login;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password changed on another node ends the old one here at once, not after the minute this node
 * remembers a verified password for (HTTP Basic calls are not bcrypt-checked each time).
 */
@MotCuaTest
class PasswordChangedElsewhereIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theOldPasswordStopsWorkingAtOnce() {
		assertThat(Http.basic(this.port, "admin", MotCuaTest.PASSWORD).postJson("/api/v1/officials", """
				{"username":"doi.noi.khac","fullName":"Lê Văn Đổi","agencyCode":"000.02.06.H55","roles":["PAR_COMMITTEE"],
				 "password":"Mat-khau-cu-2026"}""").status()).isEqualTo(201);
		// 403: signed in, but a new official must change the password first; 401: not signed in
		assertThat(Http.basic(this.port, "doi.noi.khac", "Mat-khau-cu-2026").get("/api/v1/me").status()).isEqualTo(403);

		// what another node does when the official changes the password there
		this.jdbc.sql("update identity_official set password_hash = ? where username = 'doi.noi.khac'")
			.param(this.encoder.encode("Mat-khau-moi-2026"))
			.update();

		assertThat(Http.basic(this.port, "doi.noi.khac", "Mat-khau-cu-2026").get("/api/v1/me").status()).isEqualTo(401);
		assertThat(Http.basic(this.port, "doi.noi.khac", "Mat-khau-moi-2026").get("/api/v1/me").status()).isEqualTo(403);
	}

}
