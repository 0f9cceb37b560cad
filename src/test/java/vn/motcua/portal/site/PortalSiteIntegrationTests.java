package vn.motcua.portal.site;

import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * The portal as readers find it: a home page composed of the news, the board, the poll, the video
 * and the links of the authority in force on the clock's date — the district's era shows the district,
 * today the communes, the district's section readable as an archive; the authority's pages written by
 * its editors only, sanitised; announcements; the site search without diacritics and with a typo;
 * «was this page useful?».
 */
@MotCuaTest
class PortalSiteIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	private Http reader() {
		return Http.anonymous(this.port);
	}

	@Test
	void theHomePageIsComposedForTheAuthoritiesInForceOnTheDay() {
		String home = reader().get("/").body();
		assertThat(home).contains("id=\"announcement\"").contains("Hệ thống tạm dừng để nâng cấp")
			.contains("Bạn mong muốn được nghỉ lễ bao nhiêu ngày?")
			.contains("Thông báo lịch nghỉ Tết Dương lịch năm 2027")
			.contains("id=\"video-title\"")
			.contains("https://dichvucong.gov.vn")
			.contains("href=\"/don-vi/05641\"").doesNotContain("href=\"/don-vi/168\"")
			.contains("href=\"/cong-khai-ket-qua?unit=05641\"");
		this.clock.set("2025-03-01T09:00:00+07:00");
		String before = reader().get("/").body();
		assertThat(before).as("the district's era").contains("href=\"/don-vi/168\"").doesNotContain("href=\"/don-vi/05641\"")
			.doesNotContain("Tết Dương lịch năm 2027").contains("Ban Chỉ đạo cải cách hành chính huyện Phú Lương họp phiên năm 2025");
		this.clock.set("2026-11-28T09:00:00+07:00");
		String archive = reader().get("/don-vi/168").body();
		assertThat(archive).contains("id=\"archive\"").contains("30/06/2025")
			.contains("Thông báo kết thúc hoạt động của UBND huyện Phú Lương").contains("Đỗ Quang Hưng");
		assertThat(reader().get("/don-vi/05641").body()).contains("Nông Thị Hải Yến").contains("Bộ phận Một cửa xã Vô Tranh")
			.contains("Xã Tức Tranh");
		assertThat(reader().get("/gioi-thieu").body()).contains("Nghị quyết số 202/2025/QH15");
		assertThat(reader().get("/lien-he").body()).contains("id=\"contact\"").contains("Tiếp công dân");
		assertThat(reader().get("/don-vi/99999").status()).isEqualTo(404);
	}

	@Test
	void onlyTheUnitsEditorsWriteItsPagesAndNothingUnsafeReachesAReader() {
		Http editor = Http.session(this.port, "bientap.thainguyen", PASSWORD);
		editor.submitForm("/quan-tri/trang-thong-tin", "/quan-tri/trang-thong-tin/trang",
				Map.of("title", "Thủ tục tiếp công dân", "body", "<p onclick=\"x()\">Thứ Năm hằng tuần.</p><script>alert(1)</script>"));
		String page = reader().get("/gioi-thieu/thu-tuc-tiep-cong-dan").body();
		assertThat(page).contains("Thứ Năm hằng tuần.").doesNotContain("alert(1)").doesNotContain("onclick");
		editor.submitForm("/quan-tri/trang-thong-tin", "/quan-tri/trang-thong-tin/trang", Map.of("title", "", "body", "<p>Nội dung giữ lại</p>"));
		assertThat(editor.get("/quan-tri/trang-thong-tin").body()).contains("id=\"error\"").contains("Nội dung giữ lại");

		Http writer = Http.session(this.port, "phongvien.thainguyen", PASSWORD);
		assertThat(writer.get("/quan-tri/trang-thong-tin").status()).isEqualTo(403);
		assertThat(writer.get("/quan-tri").body()).doesNotContain("/quan-tri/trang-thong-tin");
	}

	@Test
	void anAnnouncementIsShownBetweenItsMoments() {
		Http editor = Http.session(this.port, "bientap.thainguyen", PASSWORD);
		editor.submitForm("/quan-tri/trang-thong-tin", "/quan-tri/trang-thong-tin/thong-bao",
				Map.of("text", "Nghỉ Tết", "startsAt", "2026-12-20T08:00", "endsAt", "2026-12-19T08:00"));
		assertThat(editor.get("/quan-tri/trang-thong-tin").body()).contains("Thời điểm kết thúc phải sau thời điểm bắt đầu")
			.contains("value=\"Nghỉ Tết\"");
		editor.submitForm("/quan-tri/trang-thong-tin", "/quan-tri/trang-thong-tin/thong-bao",
				Map.of("text", "Bấm vào đây", "url", "javascript:alert(1)", "endsAt", "2027-01-02T08:00"));
		assertThat(editor.get("/quan-tri/trang-thong-tin").body()).contains("Địa chỉ liên kết phải bắt đầu bằng https://");
		editor.submitForm("/quan-tri/trang-thong-tin", "/quan-tri/trang-thong-tin/lien-ket", Map.of("title", "Lạ", "url", "//evil.example"));
		assertThat(editor.get("/quan-tri/trang-thong-tin").body()).contains("Địa chỉ liên kết phải bắt đầu bằng https://");
		editor.submitForm("/quan-tri/trang-thong-tin", "/quan-tri/trang-thong-tin/thong-bao",
				Map.of("text", "Bộ phận Một cửa nghỉ Tết Dương lịch 01/01/2027", "startsAt", "2026-12-20T08:00", "endsAt",
						"2027-01-02T08:00"));
		assertThat(reader().get("/tin-tuc").body()).doesNotContain("nghỉ Tết Dương lịch 01/01/2027");
		this.clock.set("2026-12-21T09:00:00+07:00");
		assertThat(reader().get("/tin-tuc").body()).contains("Bộ phận Một cửa nghỉ Tết Dương lịch 01/01/2027");
		this.clock.set("2027-01-03T09:00:00+07:00");
		assertThat(reader().get("/tin-tuc").body()).doesNotContain("id=\"announcement\"");
	}

	@Test
	void theSearchFindsArticlesPagesAndProceduresWithoutDiacriticsOrWithATypo() {
		String found = reader().get("/tim-kiem?q=chi%20so%20cai%20cach%20hanh%20chinh").body();
		assertThat(found).contains("Hội nghị công bố chỉ số cải cách hành chính năm 2017").contains("id=\"article-hits\"");
		assertThat(reader().get("/tim-kiem?q=hoi%20ngi%20cong%20bo%20chi%20so").body()).as("a typo")
			.contains("Hội nghị công bố chỉ số cải cách hành chính năm 2017");
		assertThat(reader().get("/tim-kiem?q=gioi%20thieu%20xa%20vo%20tranh").body()).contains("href=\"/don-vi/05641/gioi-thieu\"");
		assertThat(reader().get("/tim-kiem?q=khai%20sinh").body()).contains("id=\"procedure-hits\"");
		assertThat(reader().get("/tim-kiem?q=zzzqqq").body()).contains("id=\"nothing\"");
		assertThat(reader().get("/tim-kiem?q=%25_%5C").status()).isEqualTo(200);
	}

	@Test
	void readersSayWhetherAPageWasUsefulOncePerPage() {
		Http reader = reader();
		assertThat(reader.postJson("/api/v1/public/usefulness", "{\"path\":\"/gioi-thieu\",\"useful\":true}").status()).isEqualTo(201);
		reader.postJson("/api/v1/public/usefulness", "{\"path\":\"/gioi-thieu\",\"useful\":false}");
		reader().postJson("/api/v1/public/usefulness", "{\"path\":\"/gioi-thieu\",\"useful\":false}");
		assertThat(reader.postJson("/api/v1/public/usefulness", "{\"path\":\"/quan-tri\",\"useful\":true}").<String>json("$.errors[0].field"))
			.isEqualTo("path");
		assertThat(reader.postJson("/api/v1/public/usefulness", "{\"path\":\"/gioi-thieu\"}").status()).isEqualTo(400);
		String desk = Http.session(this.port, "bientap.thainguyen", PASSWORD).get("/quan-tri/trang-thong-tin").body();
		assertThat(desk.replaceAll("\\s+", " ")).as("the second answer replaced the first")
			.containsPattern("/gioi-thieu</a></td> <td class=\"text-end\">0</td><td class=\"text-end\">2</td>");
	}

	@Test
	void anonymousReadersShareAKeptPageWithItsHeadersAndASignedInReaderGetsHisOwn() throws Exception {
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/lien-he")).build();
		var first = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
		var kept = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(kept.body()).isEqualTo(first.body());
		for (String header : java.util.List.of("X-Content-Type-Options", "X-Frame-Options", "Cache-Control", "Content-Type",
				"Content-Security-Policy")) {
			assertThat(kept.headers().allValues(header)).as(header).isNotEmpty().isEqualTo(first.headers().allValues(header));
		}
		assertThat(kept.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(Http.session(this.port, "bientap.thainguyen", PASSWORD).get("/lien-he").body()).contains("Lê Thị Diệu Linh")
			.contains("Đăng xuất");
		assertThat(reader().get("/lien-he").body()).doesNotContain("Lê Thị Diệu Linh");
	}

}
