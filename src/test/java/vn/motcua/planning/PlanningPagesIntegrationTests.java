package vn.motcua.planning;

import java.util.List;
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
 * The planning pages over real HTTP with sessions: a meeting recorded on its page, a conclusion
 * assigned as a task, a bad deadline that loses nothing, progress with a file, the overview and the
 * register with their files.
 */
@MotCuaTest
class PlanningPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Test
	void aLeaderRecordsAMeetingAndAssignsAConclusionTheCommuneReportsProgressWithAFile() {
		this.clock.set("2026-06-01T09:00:00+07:00");
		Http leader = Http.session(this.port, "lanhdao.thainguyen", PASSWORD);
		assertThat(leader.submitForm("/quan-tri/cuoc-hop", "/quan-tri/cuoc-hop", Map.of("kind", "MEETING", "heldOn", "2026-06-01",
				"title", "Giao ban cải cách hành chính tháng 6", "conclusions", "")).location()).endsWith("/quan-tri/cuoc-hop");
		assertThat(leader.get("/quan-tri/cuoc-hop").text()).contains("Nhập ít nhất một kết luận", "Giao ban cải cách hành chính tháng 6");
		String meeting = leader.submitForm("/quan-tri/cuoc-hop", "/quan-tri/cuoc-hop", Map.of("kind", "MEETING",
				"heldOn", "2026-06-01", "title", "Giao ban cải cách hành chính tháng 6",
				"conclusions", "Xã Phú Lương niêm yết công khai số điện thoại đường dây nóng\nCác xã cập nhật cổng thông tin")).location()
			.replaceAll("^https?://[^/]+", "");
		String page = leader.get(meeting).body();
		assertThat(page).contains("Xã Phú Lương niêm yết công khai số điện thoại đường dây nóng", "0 nhiệm vụ đã giao");
		String assign = page.replaceAll("(?s)^.*?href=\"(/quan-tri/nhiem-vu/moi\\?ket-luan=[^\"]+)\".*", "$1");
		assertThat(leader.get(assign).text()).contains("Xã Phú Lương niêm yết công khai");

		Map<String, String> typed = Map.of("sourceKind", "MEETING", "sourceId", assign.replaceAll(".*=", ""),
				"title", "Niêm yết số điện thoại đường dây nóng tại Bộ phận Một cửa", "leadUnit", "05611",
				"leadOfficial", "xa.phuluong", "workingDays", "năm");
		assertThat(leader.submitForm(assign, "/quan-tri/nhiem-vu", typed).location()).contains("/quan-tri/nhiem-vu/moi?ket-luan=");
		assertThat(leader.get(assign).body()).contains("Giá trị phải từ 1 đến 730.", "Niêm yết số điện thoại đường dây nóng tại Bộ phận Một cửa",
				"value=\"năm\"");
		Map<String, String> right = new java.util.HashMap<>(typed);
		right.put("workingDays", "5");
		String task = leader.submitForm(assign, "/quan-tri/nhiem-vu", right).location().replaceAll("^https?://[^/]+", "");
		assertThat(leader.get(task).text()).contains("Đã giao nhiệm vụ.", "08/06/2026", "Chưa triển khai", "Lường Văn Khánh");
		assertThat(leader.get(meeting).text()).contains("1 nhiệm vụ đã giao");

		Http commune = Http.session(this.port, "xa.phuluong", PASSWORD);
		assertThat(commune.get(task).body()).contains("id=\"progress-form\"").doesNotContain("id=\"accept-form\"");
		Http.Response sent = commune.submitMultipart(task, task + "/tien-do", Map.of("percent", "60", "note", "Đã in bảng niêm yết"),
				"file", "bang-niem-yet.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
		assertThat(sent.status()).isEqualTo(302);
		String after = commune.get(task).text();
		assertThat(after).contains("Đã gửi báo cáo tiến độ.", "Báo cáo tiến độ: 60 %", "Đã in bảng niêm yết", "bang-niem-yet.pdf");
		assertThat(commune.submitForm(task, task + "/tien-do", Map.of("percent", "120", "note", "Gõ nhầm")).status()).isEqualTo(302);
		assertThat(commune.get(task).text()).contains("Giá trị phải từ 0 đến 100.", "Gõ nhầm");
		assertThat(Http.session(this.port, "truongphong.yentrach", PASSWORD).get(task).status()).isEqualTo(404);

		String overview = leader.get("/quan-tri/nhiem-vu/tong-hop?from=2026-01-01&to=2026-06-30").text();
		assertThat(overview).contains("Tổng hợp nhiệm vụ, báo cáo", "Xã Phú Lương", "Tỉnh Thái Nguyên");
		assertThat(leader.get("/quan-tri/nhiem-vu/tong-hop?from=2026-06-30&to=2026-01-01").text())
			.contains("Ngày kết thúc không được trước ngày bắt đầu.");
		assertThat(commune.get("/quan-tri/nhiem-vu?status=IN_PROGRESS").text()).contains("Niêm yết số điện thoại đường dây nóng");
	}

	@Test
	void theRegisterAndAReportPageWithItsFiles() {
		this.clock.set("2026-07-06T09:00:00+07:00");
		assertThat(Http.basic(this.port, "lanhdao.thainguyen", PASSWORD).postJson("/api/v1/reports/schedules", """
				{"title":"Báo cáo tháng (trang)","frequency":"MONTHLY","dueDay":20,"firstPeriod":"2026-M07","units":["05611"]}""")
			.status()).isEqualTo(201);
		Http commune = Http.session(this.port, "truongphong.phuluong", PASSWORD);
		String register = commune.get("/quan-tri/bao-cao-dinh-ky?period=2026-M07").body();
		assertThat(register).contains("Báo cáo tháng (trang)", "Tháng 7/2026", "20/07/2026", "Chưa đến hạn");
		String report = register.replaceAll("(?s).*href=\"(/quan-tri/bao-cao-dinh-ky/[0-9a-f-]{36})\">Báo cáo tháng \\(trang\\).*", "$1");
		assertThat(commune.get(report).text()).contains("Tổng số nhiệm vụ:", "Bản nháp lập từ dữ liệu nhiệm vụ");
		assertThat(commune.submitForm(report, report, Map.of("body", "  ", "send", "true")).status()).isEqualTo(302);
		assertThat(commune.get(report).text()).contains("Vui lòng nhập thông tin này.");
		commune.submitForm(report, report, Map.of("body", "Báo cáo tháng 7 của xã Phú Lương", "send", "true"));
		assertThat(commune.get(report).text()).contains("Đã gửi báo cáo.", "Đúng hạn");
		Http.Bytes pdf = commune.getBytes(report + ".pdf");
		assertThat(pdf.contentType()).startsWith("application/pdf");
		assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
		Http.Bytes excel = Http.session(this.port, "lanhdao.thainguyen", PASSWORD).getBytes("/quan-tri/bao-cao-dinh-ky/so-theo-doi.xlsx?period=2026-M07");
		assertThat(excel.status()).isEqualTo(200);
		assertThat(excel.body()[0]).isEqualTo((byte) 'P');
		assertThat(commune.get("/quan-tri/bao-cao-dinh-ky?period=2026-13").text()).contains("không đúng dạng");
		assertThat(List.of(commune.get("/quan-tri/nhiem-vu").status(), commune.get("/quan-tri/cuoc-hop").status())).containsOnly(200);
	}

}
