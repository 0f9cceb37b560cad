package vn.motcua.platform.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * Every page carries the Content-Security-Policy, and no page needs what it forbids: no inline
 * script, no inline handler; the charts' figures are JSON data blocks that parse.
 */
@MotCuaTest
class ContentSecurityPolicyIntegrationTests {

	private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL);

	private static final Pattern HANDLER = Pattern.compile("<[^>]+\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	/** In a template also through {@code th:attr="onsubmit=…"} or {@code th:onclick}. */
	private static final Pattern TEMPLATE_HANDLER = Pattern.compile("(\\son[a-z]+\\s*=|th:on[a-z]+=|th:attr=\"[^\"]*\\bon[a-z]+=)",
			Pattern.CASE_INSENSITIVE);

	@LocalServerPort
	int port;

	@Test
	void noTemplateHasAnInlineHandlerOrScript() throws IOException {
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				String html = Files.readString(template);
				assertThat(TEMPLATE_HANDLER.matcher(html).find()).as("an inline handler in " + template).isFalse();
				Matcher script = SCRIPT.matcher(html);
				while (script.find()) {
					assertThat(script.group(1)).as("an inline script in " + template)
						.containsAnyOf("src=", "type=\"application/json\"");
				}
			}
		}
	}

	@Test
	void pagesCarryThePolicyAndNeedNoInlineScript() {
		Http reader = Http.anonymous(this.port);
		Http leader = Http.session(this.port, "lanhdao.thainguyen", PASSWORD);
		List<Http.Response> pages = List.of(reader.get("/"), reader.get("/lien-he"),
				reader.get("/chi-so-cai-cach-hanh-chinh"), reader.get("/thu-tuc"), reader.get("/khong-co-trang-nay"),
				leader.get("/quan-tri/thong-ke"), leader.get("/quan-tri/nhiem-vu/tong-hop"), reader.get("/lich-lam-viec"),
				Http.session(this.port, "admin", PASSWORD).get("/quan-tri/can-bo"));
		int charts = 0;
		for (Http.Response page : pages) {
			assertThat(page.header("Content-Security-Policy")).contains("script-src 'self';", "object-src 'none'",
					"frame-ancestors 'self'");
			assertThat(HANDLER.matcher(page.body()).find()).as("an inline handler").isFalse();
			Matcher script = SCRIPT.matcher(page.body());
			while (script.find()) {
				String attributes = script.group(1);
				if (attributes.contains("type=\"application/json\"")) {
					assertThat(JsonMapper.shared().readTree(script.group(2)).isObject()).isTrue();
					charts++;
				}
				else {
					assertThat(attributes).as("an inline script").contains("src=");
					assertThat(script.group(2)).isBlank();
				}
			}
		}
		assertThat(charts).as("the board's, the dashboard's and the tasks' charts").isGreaterThanOrEqualTo(2);
		assertThat(Http.anonymous(this.port).get("/api/v1/units").header("Content-Security-Policy")).isNotEmpty();
	}

}
