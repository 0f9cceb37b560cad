package vn.motcua.portal.news;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * The portal's news: a writer drafts and submits, only an editor approves and publishes (now or at a
 * set time on a fixed clock); nothing is public before; a body's script, handlers and javascript:
 * links never reach a reader; slugs without diacritics and unique; RSS and the sitemap are XML.
 */
@MotCuaTest
class NewsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	private Http as(String username) {
		return Http.basic(this.port, username, PASSWORD);
	}

	private static Document xml(String text) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder()
			.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void aWriterDraftsAnEditorPublishesAtTheSetTimeAndNothingUnsafeReachesAReader() {
		this.clock.set("2026-11-30T09:00:00+07:00");
		String body = """
				<p onclick="steal()">Hội nghị <b>tổng kết</b> năm 2026.</p><script>alert(1)</script>
				<img src="/media/anh.jpg" onerror="alert(2)" alt="Ảnh"><a href="javascript:alert(3)">xem</a>
				<a href="https://thainguyen.gov.vn/">Cổng tỉnh</a>""";
		Http.Response created = as("phongvien.thainguyen").postJson("/api/v1/articles", """
				{"title":"Hội nghị tổng kết công tác cải cách hành chính năm 2026","category":"REFORM","body":%s}"""
			.formatted(quote(body)));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.<String>json("$.slug")).isEqualTo("hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2026");
		assertThat(created.<String>json("$.status")).isEqualTo("DRAFT");
		String article = "/api/v1/articles/" + created.json("$.id");
		Http.Response again = as("phongvien.thainguyen").postJson("/api/v1/articles",
				"{\"title\":\"Hội nghị tổng kết công tác cải cách hành chính năm 2026\",\"body\":\"<p>Bản khác</p>\"}");
		assertThat(again.<String>json("$.slug")).isEqualTo("hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2026-2");

		assertThat(as("phongvien.thainguyen").postJson(article + "/transitions", "{\"action\":\"PUBLISH\"}").status())
			.as("a writer cannot publish").isEqualTo(403);
		assertThat(as("phongvien.thainguyen").postJson(article + "/transitions", "{\"action\":\"APPROVE\"}").status())
			.isEqualTo(403);
		assertThat(as("bientap.thainguyen").postJson(article + "/transitions", "{\"action\":\"PUBLISH\"}").<String>json("$.code"))
			.as("not approved yet").isEqualTo("article-action-not-allowed");
		as("phongvien.thainguyen").postJson(article + "/transitions", "{\"action\":\"SUBMIT\"}");
		assertThat(as("phongvien.thainguyen").putJson(article, "{\"title\":\"Sửa\",\"body\":\"<p>x</p>\"}").<String>json("$.code"))
			.isEqualTo("article-not-editable");
		assertThat(as("bientap.thainguyen").postJson(article + "/transitions", "{\"action\":\"RETURN\"}").<String>json("$.errors[0].field"))
			.isEqualTo("note");
		as("bientap.thainguyen").postJson(article + "/transitions", "{\"action\":\"APPROVE\"}");
		assertThat(as("bientap.thainguyen").postJson(article + "/transitions",
				"{\"action\":\"PUBLISH\",\"at\":\"2026-12-01T07:00:00+07:00\"}").<String>json("$.status")).isEqualTo("PUBLISHED");

		String page = "/tin-tuc/hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2026";
		assertThat(Http.anonymous(this.port).get(page).status()).as("scheduled for tomorrow 07:00").isEqualTo(404);
		this.clock.set("2026-12-01T07:01:00+07:00");
		Http.Response read = Http.anonymous(this.port).get(page);
		assertThat(read.status()).isEqualTo(200);
		String shown = read.body().replaceAll("(?s).*<div id=\"body\">(.*?)</div>.*", "$1");
		assertThat(shown).contains("<b>tổng kết</b>", "src=\"/media/anh.jpg\"", "href=\"https://thainguyen.gov.vn/\"")
			.doesNotContain("<script", "onclick", "onerror", "javascript:", "steal()");
		assertThat(Http.anonymous(this.port).get("/tin-tuc?chuyen-muc=cai-cach-hanh-chinh").text())
			.contains("Hội nghị tổng kết công tác cải cách hành chính năm 2026", "Công bố chỉ số cải cách hành chính năm 2025");
		assertThat(Http.anonymous(this.port).get("/tin-tuc/huong-dan-nop-ho-so-truc-tuyen-tren-cong-dich-vu-cong-cua-tinh").status())
			.as("the demo's article awaiting approval is not public").isEqualTo(404);
		assertThat(as("truongphong.phuluong").postJson("/api/v1/articles", "{\"title\":\"x\",\"body\":\"<p>x</p>\"}").status())
			.isEqualTo(403);
	}

	@Test
	void rssAndTheSitemapAreXmlAndTheArchiveOfTheDistrictStaysReadable() throws Exception {
		Http visitor = Http.anonymous(this.port);
		Http.Response rss = visitor.get("/tin-tuc/rss.xml");
		assertThat(rss.contentType()).startsWith("application/rss+xml");
		Document feed = xml(rss.body());
		assertThat(feed.getElementsByTagName("item").getLength()).isGreaterThanOrEqualTo(7);
		assertThat(rss.body()).contains("Hội nghị công bố chỉ số cải cách hành chính năm 2017");
		Document reform = xml(visitor.get("/tin-tuc/chuyen-muc/cai-cach-hanh-chinh/rss.xml").body());
		assertThat(reform.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Cải cách hành chính");
		Document sitemap = xml(visitor.get("/sitemap.xml").body());
		assertThat(sitemap.getDocumentElement().getTagName()).isEqualTo("urlset");
		assertThat(visitor.get("/sitemap.xml").body()).contains("/tin-tuc/hoi-nghi-cong-bo-chi-so-cai-cach-hanh-chinh-nam-2017");
		assertThat(visitor.get("/tin-tuc/hoi-nghi-cong-bo-chi-so-cai-cach-hanh-chinh-nam-2017").text())
			.contains("từng bước, từng cán bộ, từng việc", "Tin, ảnh: Phòng Nội vụ huyện");
	}

	@Test
	void theDeskWritesSubmitsAndTheEditorPublishesOnPages() {
		this.clock.set("2026-12-02T09:00:00+07:00");
		Http writer = Http.session(this.port, "phongvien.thainguyen", PASSWORD);
		assertThat(writer.get("/quan-tri/tin-bai").text()).contains("Hướng dẫn nộp hồ sơ trực tuyến", "Chờ duyệt");
		assertThat(writer.submitForm("/quan-tri/tin-bai/moi", "/quan-tri/tin-bai",
				java.util.Map.of("title", "Tập huấn dịch vụ công trực tuyến", "body", " ", "category", "NEWS")).location())
			.endsWith("/quan-tri/tin-bai/moi");
		assertThat(writer.get("/quan-tri/tin-bai/moi").text()).contains("Vui lòng nhập thông tin này.", "Tập huấn dịch vụ công trực tuyến");
		String page = writer.submitForm("/quan-tri/tin-bai/moi", "/quan-tri/tin-bai", java.util.Map.of("title",
				"Tập huấn dịch vụ công trực tuyến", "body", "<p>Ngày 01/12 tập huấn cho công chức một cửa.</p>", "category", "NEWS"))
			.location().replaceAll("^https?://[^/]+", "");
		String form = writer.get(page).body();
		assertThat(form).contains("Đã lưu tin bài", "id=\"do-SUBMIT\"").doesNotContain("id=\"do-PUBLISH\"");
		writer.submitForm(page, page + "/buoc", java.util.Map.of("action", "SUBMIT"));
		Http editor = Http.session(this.port, "bientap.thainguyen", PASSWORD);
		assertThat(editor.get(page).text()).contains("Chờ duyệt");
		editor.submitForm(page, page + "/buoc", java.util.Map.of("action", "APPROVE"));
		editor.submitForm(page, page + "/buoc", java.util.Map.of("action", "PUBLISH"));
		assertThat(editor.get(page).text()).contains("Đã xuất bản", "/tin-tuc/tap-huan-dich-vu-cong-truc-tuyen");
		assertThat(Http.anonymous(this.port).get("/tin-tuc/tap-huan-dich-vu-cong-truc-tuyen").text()).contains("tập huấn cho công chức");
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	@Autowired
	ViewCounts views;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void everyReadIsCountedEvenOfAPageServedFromTheCache() {
		String slug = "hoi-nghi-cong-bo-chi-so-cai-cach-hanh-chinh-nam-2017";
		this.views.flush();
		long before = this.jdbc.sql("select views from portal_article where slug = ?").param(slug).query(Long.class).single();
		for (int i = 0; i < 3; i++) {
			assertThat(Http.anonymous(this.port).get("/tin-tuc/" + slug).status()).isEqualTo(200);
		}
		this.views.flush();
		assertThat(this.jdbc.sql("select views from portal_article where slug = ?").param(slug).query(Long.class).single())
			.isEqualTo(before + 3);
	}

}
