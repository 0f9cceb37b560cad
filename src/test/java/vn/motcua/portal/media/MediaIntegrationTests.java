package vn.motcua.portal.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * The media library: a picture is resized on upload into a large rendition and a thumbnail, served
 * cacheable for a year; nothing enters without its alternative text or as the wrong kind of file;
 * only YouTube links are embedded; a video is served in ranges; a cover in use cannot be removed.
 */
@MotCuaTest
class MediaIntegrationTests {

	@LocalServerPort
	int port;

	private Http editor() {
		return Http.basic(this.port, "bientap.thainguyen", PASSWORD);
	}

	@Test
	void aPictureIsUploadedWithItsTextResizedAndServedForAYear() throws Exception {
		Http page = Http.session(this.port, "bientap.thainguyen", PASSWORD);
		Http.Response refused = page.submitMultipart("/quan-tri/thu-vien", "/quan-tri/thu-vien", Map.of("title", "Hội nghị"), "file",
				"hoi-nghi.png", png(2000, 1000));
		assertThat(refused.location()).endsWith("/quan-tri/thu-vien");
		String shown = page.get("/quan-tri/thu-vien").body();
		assertThat(shown).as("the error, and the title as typed").contains("Nhập mô tả nội dung").contains("value=\"Hội nghị\"");
		assertThat(item("Hội nghị", "title")).as("nothing stored").isNull();

		page.submitMultipart("/quan-tri/thu-vien", "/quan-tri/thu-vien",
				Map.of("title", "Hội nghị", "altText", "Quang cảnh hội nghị", "credit", "Sở Nội vụ"), "file", "hoi-nghi.png",
				png(2000, 1000));
		Map<String, Object> listed = item("Quang cảnh hội nghị", "altText");
		assertThat(listed).containsEntry("width", 2000).containsEntry("credit", "Sở Nội vụ").containsEntry("kind", "IMAGE");
		String thumb = (String) listed.get("thumbUrl");
		Http.Bytes small = Http.anonymous(this.port).getBytes(thumb);
		assertThat(small.contentType()).isEqualTo("image/jpeg");
		BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(small.body()));
		assertThat(thumbnail.getWidth()).isEqualTo(400);
		assertThat(thumbnail.getHeight()).isEqualTo(200);
		assertThat(ImageIO.read(new ByteArrayInputStream(Http.anonymous(this.port).getBytes((String) listed.get("url")).body())).getWidth())
			.isEqualTo(1200);
		assertThat(send(thumb, null).headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000").contains("immutable");
	}

	@Test
	void wrongFilesAndLinksAreRefusedWithTheirCodes() throws Exception {
		assertThat(editor().postFile("/api/v1/media", "anh.png", png(10, 10)).<String>json("$.errors[0].field")).isEqualTo("altText");
		Http page = Http.session(this.port, "bientap.thainguyen", PASSWORD);
		page.submitMultipart("/quan-tri/thu-vien", "/quan-tri/thu-vien", Map.of("altText", "Ảnh giả"), "file", "gia.png",
				"<script>alert(1)</script>".getBytes());
		assertThat(page.get("/quan-tri/thu-vien").body()).contains("gia.png");
		assertThat(editor().postJson("/api/v1/media/links", "{\"link\":\"https://evil.example/x\",\"altText\":\"Video\"}")
			.<String>json("$.errors[0].field")).isEqualTo("link");
		Http.Response video = editor().postJson("/api/v1/media/links",
				"{\"link\":\"https://youtu.be/dQw4w9WgXcQ?t=3\",\"altText\":\"Phóng sự về Bộ phận Một cửa\"}");
		assertThat(video.status()).isEqualTo(201);
		assertThat(video.<String>json("$.url")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
		assertThat(Http.basic(this.port, "phongvien", PASSWORD).getBytes("/api/v1/media").status()).isEqualTo(200);
		assertThat(Http.basic(this.port, "phongvien", PASSWORD).get("/api/v1/media").<List<String>>json("$[*].title"))
			.as("the district's writer sees the district's library, not the province's").isNotEmpty()
			.noneMatch(title -> title.startsWith("Minh họa:"));
		assertThat(editor().get("/api/v1/media").<List<String>>json("$[*].title")).contains("Minh họa: hội nghị");
		assertThat(Http.basic(this.port, "motcua.votranh", PASSWORD).postFile("/api/v1/media", "a.png", png(5, 5)).status())
			.as("not a writer or editor").isEqualTo(403);
	}

	@Test
	void aVideoIsServedInRangesAndACoverInUseStays() throws Exception {
		byte[] webm;
		try (var in = getClass().getResourceAsStream("/seed/media/huong-dan-nop-ho-so-truc-tuyen.webm")) {
			webm = in.readAllBytes();
		}
		Http page = Http.session(this.port, "bientap.thainguyen", PASSWORD);
		page.submitMultipart("/quan-tri/thu-vien", "/quan-tri/thu-vien", Map.of("altText", "Hướng dẫn nộp hồ sơ"), "file",
				"huong-dan.webm", webm);
		String url = (String) item("Hướng dẫn nộp hồ sơ", "altText").get("url");
		HttpResponse<byte[]> part = send(url, "bytes=0-99");
		assertThat(part.statusCode()).isEqualTo(206);
		assertThat(part.body()).hasSize(100);

		page.submitMultipart("/quan-tri/thu-vien", "/quan-tri/thu-vien", Map.of("altText", "Trụ sở UBND xã"), "file", "tru-so.png",
				png(800, 600));
		Object picture = item("Trụ sở UBND xã", "altText").get("id");
		String created = editor().postJson("/api/v1/articles",
				"{\"title\":\"Ảnh bìa từ thư viện\",\"body\":\"<p>Nội dung</p>\",\"coverMedia\":\"" + picture + "\"}").json("$.id");
		Http.Response article = editor().get("/api/v1/articles/" + created);
		assertThat(article.<String>json("$.cover.alt")).isEqualTo("Trụ sở UBND xã");
		assertThat(article.<String>json("$.cover.url")).isEqualTo("/anh/" + picture + "/lon");
		assertThat(editor().postJson("/api/v1/articles", "{\"title\":\"Ảnh sai\",\"body\":\"<p>x</p>\",\"coverMedia\":\"abc\"}")
			.<String>json("$.errors[0].field")).isEqualTo("coverMedia");
		Http.Response removed = delete("/api/v1/media/" + picture);
		assertThat(removed.status()).isEqualTo(409);
		assertThat(removed.<String>json("$.code")).isEqualTo("media-in-use");
	}

	/** @return the item of the province's library whose {@code field} is {@code value}, or {@literal null}. */
	private Map<String, Object> item(String value, String field) {
		List<Map<String, Object>> found = editor().get("/api/v1/media").json("$[?(@." + field + " == '" + value + "')]");
		return found.isEmpty() ? null : found.get(0);
	}

	private Http.Response delete(String path) throws Exception {
		HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.DELETE()
			.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("bientap.thainguyen:" + PASSWORD).getBytes()))
			.build(), HttpResponse.BodyHandlers.ofString());
		return new Http.Response(r.statusCode(), r.body(), "", r.headers().firstValue("Content-Type").orElse(""));
	}

	private HttpResponse<byte[]> send(String path, String range) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (range != null) {
			request.header("Range", range);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static byte[] png(int width, int height) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

}
