package vn.motcua.identity;

import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * Issue 17: disabling an official, changing his roles or resetting his password left his sessions
 * signed in; now they end on every node (sessions live in the database).
 */
@MotCuaTest
class SessionsEndIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void disablingOrResettingEndsTheOfficialsSessions() {
		Http official = Http.session(this.port, "chuyenvien.hopthanh", PASSWORD);
		assertThat(official.get("/quan-tri").status()).isEqualTo(200);
		Http admin = Http.basic(this.port, "admin", PASSWORD);
		Http.Response current = admin.get("/api/v1/officials/chuyenvien.hopthanh");
		assertThat(current.status()).as(current.body()).isEqualTo(200);
		Http.Response disabled = admin.putJson("/api/v1/officials/chuyenvien.hopthanh", """
				{"fullName":%s,"roles":["SPECIALIST"],"enabled":false,"agencyCode":%s,"version":%d}"""
			.formatted(quote(current.json("$.fullName")), quote(current.json("$.agencyCode")), current.<Integer>json("$.version")));
		assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
		assertThat(official.get("/quan-tri").status()).as("the session ended").isEqualTo(302);

		Http other = Http.session(this.port, "chuyenvien.yentrach", PASSWORD);
		assertThat(other.get("/quan-tri").status()).isEqualTo(200);
		Http adminPage = Http.session(this.port, "admin", PASSWORD);
		adminPage.submitForm("/quan-tri/can-bo/chuyenvien.yentrach", "/quan-tri/can-bo/chuyenvien.yentrach/dat-lai-mat-khau", Map.of());
		assertThat(other.get("/quan-tri").status()).as("reset: the session ended").isEqualTo(302);
	}

	private static String quote(Object text) {
		return text == null ? "null" : "\"" + text.toString().replace("\"", "\\\"") + "\"";
	}

}
