package vn.motcua.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slow networks: pages and text files compressed, style sheets and scripts under addresses with
 * their content's hash and cached a year; an unknown address answers 404 inside the portal's layout.
 */
@MotCuaTest
class StaticResourcesIntegrationTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, boolean gzip) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,*/*");
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String link(String page, String pattern) {
		Matcher m = Pattern.compile(pattern).matcher(page);
		assertThat(m.find()).as("a link matching %s", pattern).isTrue();
		return m.group();
	}

	@Test
	void pagesAreCompressedAndStaticFilesHaveVersionedAddressesCachedAYear() throws Exception {
		assertThat(get("/", true).headers().firstValue("Content-Encoding")).hasValue("gzip");
		String page = get("/", false).body();
		String css = link(page, "/css/site-[0-9a-f]{32}\\.css");
		String bootstrap = link(page, "/webjars/bootstrap/5[.0-9]+/css/bootstrap\\.min-[0-9a-f]{32}\\.css");
		String script = link(page, "/js/site-[0-9a-f]{32}\\.js");
		for (String file : new String[] { css, bootstrap, script }) {
			HttpResponse<String> plain = get(file, false);
			assertThat(plain.statusCode()).as(file).isEqualTo(200);
			assertThat(plain.headers().firstValue("Cache-Control")).as(file)
				.hasValueSatisfying(v -> assertThat(v).contains("max-age=31536000", "immutable"));
		}
		assertThat(get(bootstrap, true).headers().firstValue("Content-Encoding")).hasValue("gzip");
	}

	@Test
	void aStaticFileKeptInMemoryIsTheFileItselfAndAnswersConditionalRequests() throws Exception {
		String css = link(get("/", false).body(), "/css/site-[0-9a-f]{32}\\.css");
		byte[] file;
		try (var in = getClass().getResourceAsStream("/static/css/site.css")) {
			file = in.readAllBytes();
		}
		for (int i = 0; i < 2; i++) { // read from the jar, then from memory
			HttpResponse<byte[]> served = this.client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + css)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(served.body()).isEqualTo(file);
			assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
			String modified = served.headers().firstValue("Last-Modified").orElseThrow();
			HttpResponse<byte[]> again = this.client.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + css))
				.header("If-Modified-Since", modified)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(again.statusCode()).isEqualTo(304);
		}
	}

	@Test
	void anUnknownAddressAnswers404InsideTheLayout() throws Exception {
		HttpResponse<String> missing = get("/khong-co-trang-nay", false);

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("site-header", "Bỏ qua đến nội dung chính", "Không tìm thấy trang",
				"site-footer");
	}

}
