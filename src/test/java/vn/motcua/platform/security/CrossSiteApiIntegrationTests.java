package vn.motcua.platform.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser is never invited to keep an official's API password, and a password it kept anyway
 * does not work in a request another site's page makes.
 */
@MotCuaTest
class CrossSiteApiIntegrationTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void aBrowserIsNotChallengedForBasicButAScriptIs() throws Exception {
		HttpResponse<String> browser = send(get("/api/v1/me").header("Sec-Fetch-Mode", "navigate"));
		HttpResponse<String> script = send(get("/api/v1/me"));

		assertThat(browser.statusCode()).isEqualTo(401);
		assertThat(browser.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"MotCua\"");
		assertThat(script.statusCode()).isEqualTo(401);
		assertThat(script.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
	}

	@Test
	void aCrossSiteRequestWithAKeptPasswordIsRefusedBeforeItIsChecked() throws Exception {
		String basic = "Basic " + Base64.getEncoder().encodeToString(("motcua.phuluong:" + MotCuaTest.PASSWORD).getBytes());
		HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/api/v1/dossiers"))
			.header("Authorization", basic)
			.header("Sec-Fetch-Site", "cross-site")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(forged.body()).contains("\"code\":\"cross-site-request\"");
		assertThat(send(get("/api/v1/me").header("Authorization", basic).header("Sec-Fetch-Site", "same-origin"))
			.statusCode()).isEqualTo(200);
		assertThat(send(get("/api/v1/me").header("Authorization", basic)).statusCode()).isEqualTo(200);
		assertThat(send(get("/api/v1/units").header("Sec-Fetch-Site", "cross-site")).statusCode()).isEqualTo(200);
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
