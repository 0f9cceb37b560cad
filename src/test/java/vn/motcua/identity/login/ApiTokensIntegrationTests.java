package vn.motcua.identity.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** API access tokens: issued once, the official's roles and scope, refused when wrong, expired or revoked. */
@MotCuaTest
class ApiTokensIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aTokenIsTheOfficialWithHisScopeUntilRevoked() {
		Http basic = Http.basic(this.port, "motcua.votranh", PASSWORD);
		Http.Response issued = basic.postJson("/api/v1/me/tokens", """
				{"name": "Đồng bộ Cổng DVC quốc gia", "days": 30}""");
		assertThat(issued.status()).isEqualTo(201);
		String token = issued.json("$.token");
		assertThat(token).startsWith("mc_").hasSizeGreaterThan(40);
		String id = issued.json("$.view.id");
		Http client = Http.bearer(this.port, token);

		// the same official as with his password: the same answer, the same scope
		assertThat(client.get("/api/v1/dossiers?size=5&unit=05641").body())
			.isEqualTo(basic.get("/api/v1/dossiers?size=5&unit=05641").body());
		Http.Response neighbour = client.get("/api/v1/dossiers?unit=05611");
		assertThat(neighbour.status()).isEqualTo(404);
		assertThat(neighbour.<String>json("$.code")).isEqualTo("unit-not-found");
		assertThat(client.postJson("/api/v1/admin/backups", "{}").status()).as("a desk officer's roles").isEqualTo(403);

		// the list never shows a token; a token does not issue tokens
		Http.Response list = client.get("/api/v1/me/tokens");
		assertThat(list.body()).doesNotContain(token).contains("Đồng bộ Cổng DVC quốc gia", token.substring(0, 8));
		Http.Response byToken = client.postJson("/api/v1/me/tokens", """
				{"name": "thêm"}""");
		assertThat(byToken.status()).isEqualTo(403);
		assertThat(byToken.<String>json("$.code")).isEqualTo("token-by-token");
		assertThat(this.jdbc.sql("select token_hash from identity_api_token where id = :id").param("id", UUID.fromString(id))
			.query(String.class).single()).isEqualTo(sha256(token)).doesNotContain(token);

		// somebody else cannot revoke it; its official can, and it stops at once
		assertThat(Http.basic(this.port, "motcua.phuluong", PASSWORD).delete("/api/v1/me/tokens/" + id).status())
			.isEqualTo(404);
		assertThat(client.get("/api/v1/me/tokens").status()).isEqualTo(200);
		assertThat(basic.delete("/api/v1/me/tokens/" + id).status()).isEqualTo(204);
		Http.Response revoked = client.get("/api/v1/dossiers?size=1");
		assertThat(revoked.status()).isEqualTo(401);
		assertThat(revoked.<String>json("$.code")).isEqualTo("token-invalid");
		assertThat(basic.get("/api/v1/me/tokens").<List<String>>json("$[?(@.id == '" + id + "')].revokedAt")).hasSize(1)
			.doesNotContainNull();
	}

	@Test
	void wrongExpiredAndBadRequestsAreRefusedAndNothingIsWritten() {
		Http.Response wrong = Http.bearer(this.port, "mc_" + "A".repeat(43)).get("/api/v1/dossiers");
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.<String>json("$.code")).isEqualTo("token-invalid");
		assertThat(Http.bearer(this.port, "not-a-token").get("/api/v1/dossiers").status()).isEqualTo(401);

		String expired = "mc_expired" + UUID.randomUUID().toString().replace("-", "");
		this.jdbc.sql("""
				insert into identity_api_token (id, official_id, name, token_hash, hint, created_at, expires_at)
				select :id, id, 'cũ', :hash, 'mc_expi…', timestamptz '2026-01-01 08:00+07', timestamptz '2026-11-27 08:00+07'
				from identity_official where username = 'motcua.votranh'""")
			.param("id", UUID.randomUUID())
			.param("hash", sha256(expired))
			.update();
		assertThat(Http.bearer(this.port, expired).get("/api/v1/dossiers").status()).isEqualTo(401);

		Http basic = Http.basic(this.port, "motcua.yentrach", PASSWORD);
		long before = tokens();
		for (Map.Entry<String, String> bad : Map.of("{\"name\": \"  \"}", "token-name-required",
				"{\"name\": \"x\", \"days\": 0}", "token-days", "{\"name\": \"x\", \"days\": 366}", "token-days",
				"{\"name\": \"" + "x".repeat(101) + "\"}", "token-name-required").entrySet()) {
			Http.Response refused = basic.postJson("/api/v1/me/tokens", bad.getKey());
			assertThat(refused.status()).as(bad.getKey()).isEqualTo(400);
			assertThat(refused.<String>json("$.code")).as(bad.getKey()).isEqualTo(bad.getValue());
		}
		assertThat(basic.postJson("/api/v1/me/tokens", "{\"name\": \"x\", \"days\": \"mười\"}").status()).isEqualTo(400);
		assertThat(Http.anonymous(this.port).postJson("/api/v1/me/tokens", "{\"name\": \"x\"}").status()).isEqualTo(401);
		assertThat(tokens()).isEqualTo(before);
	}

	@Test
	void theAccountPageIssuesATokenShownOnceAndRevokesIt() {
		Http browser = Http.session(this.port, "chuyenvien.yentrach", PASSWORD);
		String page = "/quan-tri/ma-truy-cap";
		assertThat(browser.get(page).text()).contains("Mã truy cập API", "Chưa cấp mã nào.");

		Http.Response refused = browser.submitForm(page, page, Map.of("name", " ", "days", "90"));
		assertThat(refused.status()).isEqualTo(302);
		assertThat(browser.get(page).text()).contains("Hãy đặt tên cho mã");
		browser.submitForm(page, page, Map.of("name", "Báo cáo tuần", "days", "abc"));
		assertThat(browser.get(page).text()).contains("Thời hạn của mã phải từ 1 đến 365 ngày.", "Báo cáo tuần");

		Http.Response issued = browser.submitForm(page, page, Map.of("name", "Báo cáo tuần", "days", "7"));
		assertThat(issued.status()).as("shown in the answer itself, never kept in the session").isEqualTo(200);
		assertThat(issued.header("Cache-Control")).contains("no-store");
		String shown = issued.text();
		assertThat(shown).contains("Đã cấp mã «Báo cáo tuần»", "Còn hiệu lực");
		String token = shown.replaceAll("(?s).*id=\"issued-token\">(mc_[A-Za-z0-9_-]+)<.*", "$1");
		assertThat(token).startsWith("mc_");
		assertThat(Http.bearer(this.port, token).get("/api/v1/me/tokens").status()).isEqualTo(200);
		assertThat(browser.get(page).text()).as("shown once").doesNotContain(token);
		assertThat(this.jdbc.sql("select count(*) from spring_session_attributes where position(:token in attribute_bytes) > 0")
			.param("token", token.getBytes(StandardCharsets.US_ASCII)).query(Long.class).single()).as("not in the stored session")
			.isZero();

		String id = this.jdbc.sql("select id from identity_api_token where token_hash = :hash").param("hash", sha256(token))
			.query(UUID.class).single().toString();
		browser.submitForm(page, page + "/" + id + "/thu-hoi", Map.of());
		assertThat(browser.get(page).text()).contains("Đã thu hồi");
		assertThat(Http.bearer(this.port, token).get("/api/v1/me/tokens").status()).isEqualTo(401);
	}

	private long tokens() {
		return this.jdbc.sql("select count(*) from identity_api_token").query(Long.class).single();
	}

	private static String sha256(String token) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
