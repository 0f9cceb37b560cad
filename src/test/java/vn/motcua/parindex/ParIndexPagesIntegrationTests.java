package vn.motcua.parindex;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * The demo's three cycles of the sample set and the pages over them: the published years ranked
 * for everyone concerned, the year under way scored by the unit itself and appraised by the committee.
 */
@MotCuaTest
class ParIndexPagesIntegrationTests {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	List<vn.motcua.monitoring.OverdueItems> overdue;

	private String setOf(String username, int year) {
		List<Map<String, Object>> sets = Http.basic(this.port, username, PASSWORD).get("/api/v1/par/sets").json("$");
		return sets.stream()
			.filter(s -> Integer.valueOf(year).equals(s.get("year")) && s.get("name").toString().contains("MẪU"))
			.findFirst().orElseThrow().get("id")
			.toString();
	}

	@Test
	void theDemoHasTwoPublishedCyclesAndOneUnderWay() throws Exception {
		List<Map<String, Object>> sets = Http.basic(this.port, "caicach.thainguyen", PASSWORD).get("/api/v1/par/sets").json("$");
		assertThat(sets).extracting(s -> s.get("year"), s -> s.get("published"))
			.contains(org.assertj.core.groups.Tuple.tuple(2026, false), org.assertj.core.groups.Tuple.tuple(2025, true),
					org.assertj.core.groups.Tuple.tuple(2024, true));
		assertThat(Http.basic(this.port, "xa.yenlac", PASSWORD).get("/api/v1/par/sets").<List<Integer>>json("$[*].year"))
			.as("an old commune sees the district's year").contains(2024).doesNotContain(2026);

		Http.Response published = Http.basic(this.port, "truongphong.phuluong", PASSWORD)
			.get("/api/v1/par/sets/" + setOf("truongphong.phuluong", 2025) + "/results");
		assertThat(published.status()).isEqualTo(200);
		assertThat(published.<List<String>>json("$[*].unitCode")).containsExactlyInAnyOrder("05611", "05641", "05620", "05632");
		assertThat(Http.session(this.port, "truongphong.phuluong", PASSWORD)
			.get("/quan-tri/chi-so-cchc/" + setOf("truongphong.phuluong", 2025)).text())
			.contains("512/QĐ-UBND", "par-ranking-chart", "Xã Vô Tranh");
		assertThat(Http.session(this.port, "truongphong.phuluong", PASSWORD)
			.get("/quan-tri/chi-so-cchc/" + setOf("truongphong.phuluong", 2025) + "/don-vi/05611").text())
			.as("the unit's weakest criteria as a to-do list").contains("Tiêu chí bị mất nhiều điểm nhất");
		Http reader = Http.session(this.port, "truongphong.phuluong", PASSWORD);
		String files = "/quan-tri/chi-so-cchc/" + setOf("truongphong.phuluong", 2025) + "/ket-qua.";
		assertThat(new String(reader.getBytes(files + "pdf").body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF-");
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(reader.getBytes(files + "xlsx").body()))) {
			var sheet = book.getSheetAt(0);
			var format = new org.apache.poi.ss.usermodel.DataFormatter();
			StringBuilder text = new StringBuilder();
			sheet.forEach(row -> row.forEach(cell -> text.append(format.formatCellValue(cell)).append('|')));
			assertThat(text).contains("Quyết định số 512/QĐ-UBND", "Xã Vô Tranh", "Chỉ số (%)");
		}
		assertThat(reader.getBytes("/quan-tri/chi-so-cchc/" + setOf("truongphong.phuluong", 2026) + "/ket-qua.xlsx").status())
			.as("not published: the committee's only").isEqualTo(404);

		// on the portal, for everyone: the published years only
		Http visitor = Http.anonymous(this.port);
		assertThat(visitor.get("/chi-so-cai-cach-hanh-chinh?bo=" + setOf("caicach.thainguyen", 2025)).text())
			.contains("Kết quả chỉ số cải cách hành chính", "Quyết định số 512/QĐ-UBND", "par-public-results", "Xã Vô Tranh");
		String draftYear = visitor.get("/chi-so-cai-cach-hanh-chinh?bo=" + setOf("caicach.thainguyen", 2026)).text();
		assertThat(draftYear).as("a set not published shows the latest published instead")
			.doesNotContain("năm 2026 — bộ tiêu chí MẪU").contains("Quyết định số");
	}

	@Test
	void aUnitScoresItsDraftOnThePageAndABadNumberLosesNothing() {
		String set = setOf("truongphong.yentrach", 2026);
		String page = "/quan-tri/chi-so-cchc/" + set + "/don-vi/05620";
		Http browser = Http.session(this.port, "truongphong.yentrach", PASSWORD);
		assertThat(browser.get(page).text()).contains("Ban hành kế hoạch cải cách hành chính năm", "Đang tự đánh giá");

		assertThat(browser.submitForm(page, page + "/tu-cham",
				Map.of("score:1.3", "3,5", "score:2.1", "ba", "note:1.3", "Đủ tin bài tuyên truyền")).status()).isEqualTo(302);
		assertThat(browser.get(page).text()).contains("2.1: Điểm phải là một số, ví dụ 3,5.", "value=\"ba\"", "Đủ tin bài tuyên truyền");
		assertThat(Http.basic(this.port, "truongphong.yentrach", PASSWORD).get("/api/v1/par/sets/" + set + "/units/05620")
			.<Double>json("$.leaves[2].self")).as("nothing saved").isNull();

		browser.submitForm(page, page + "/tu-cham", Map.of("score:1.3", "3,5", "score:1.1", "4"));
		assertThat(browser.get(page).text()).contains("Đã lưu điểm.");
		assertThat(Http.basic(this.port, "truongphong.yentrach", PASSWORD).get("/api/v1/par/sets/" + set + "/units/05620")
			.<Double>json("$.leaves[2].self")).isEqualTo(3.5);
		assertThat(Http.session(this.port, "truongphong.votranh", PASSWORD).get(page).status()).isEqualTo(404);
	}

	@Test
	void aSelfAssessmentNotSentByItsDueDayReachesTheHeadsReminder() {
		var par = this.overdue.stream().filter(o -> o.kind().equals("PAR")).findFirst().orElseThrow();
		// the demo's 2026 cycle is due on Friday 15/01/2027, when the office closes at 17:00
		assertThat(par.overdue(java.time.Instant.parse("2027-01-15T09:59:00Z"))).isEmpty();
		List<vn.motcua.monitoring.OverdueItems.Item> late = par.overdue(java.time.Instant.parse("2027-01-15T10:01:00Z"));
		assertThat(late).extracting(vn.motcua.monitoring.OverdueItems.Item::reference).contains("CCHC 2026");
		assertThat(late).extracting(i -> i.dueAt().toString()).contains("2027-01-15T10:00:00Z");
		assertThat(late).allMatch(i -> i.title().contains("năm 2026 — bộ tiêu chí MẪU"));
		// four communes, Vô Tranh has sent its own (and Hợp Thành, when the browser test ran first)
		assertThat(late).hasSizeBetween(2, 3);

		// announced five working days ahead: from Friday 08/01, not on Thursday 07/01
		assertThat(par.dueSoon(java.time.Instant.parse("2027-01-07T02:00:00Z"))).isEmpty();
		List<vn.motcua.monitoring.OverdueItems.Item> soon = par.dueSoon(java.time.Instant.parse("2027-01-08T02:00:00Z"));
		assertThat(soon).hasSameSizeAs(late).allMatch(i -> i.title().startsWith("Gửi bản tự đánh giá: "));
		assertThat(par.dueSoon(java.time.Instant.parse("2027-01-15T10:01:00Z"))).isEmpty();
		// the committee's appraisal, due 15/03/2027, chased at the province
		assertThat(par.overdue(java.time.Instant.parse("2027-03-16T02:00:00Z")))
			.anyMatch(i -> i.title().startsWith("Thẩm định, công bố kết quả: "));
	}

	@Test
	void theCommitteeAsksASubmittedUnitToExplainOnThePageAndTheUnitAnswers() {
		String page = "/quan-tri/chi-so-cchc/" + setOf("caicach.thainguyen", 2026) + "/don-vi/05641";
		Http committee = Http.session(this.port, "caicach.thainguyen", PASSWORD);
		assertThat(committee.get(page).text()).contains("id=\"ask-form\"", "Gửi yêu cầu giải trình");
		committee.submitForm(page, page + "/hoi-giai-trinh", Map.of("question:1.1", "Báo cáo quý III gửi ngày nào?", "due", ""));
		assertThat(committee.get(page).text()).contains("Chọn hạn giải trình.");
		committee.submitForm(page, page + "/hoi-giai-trinh",
				Map.of("question:1.1", "Báo cáo quý III gửi ngày nào?", "due", "2026-12-10"));
		assertThat(committee.get(page).text()).contains("Đã gửi yêu cầu giải trình tới đơn vị.").doesNotContain("id=\"ask-form\"");

		var par = this.overdue.stream().filter(o -> o.kind().equals("PAR")).findFirst().orElseThrow();
		java.time.Instant dayBefore = java.time.Instant.parse("2026-12-09T02:00:00Z");
		assertThat(par.dueSoon(dayBefore)).filteredOn(i -> i.title().startsWith("Giải trình"))
			.extracting(i -> i.dueAt().toString())
			.containsExactly("2026-12-10T10:00:00Z");

		Http unit = Http.session(this.port, "truongphong.votranh", PASSWORD);
		assertThat(unit.get(page).text()).contains("Báo cáo quý III gửi ngày nào?", "hết ngày 10/12/2026", "id=\"answer-1.1\"");
		unit.submitForm(page, page + "/giai-trinh", Map.of("answer:1.1", "Ngày 05/10, văn bản số 88/BC-UBND"));
		assertThat(unit.get(page).text()).contains("Đã gửi giải trình tới Hội đồng thẩm định.", "Ngày 05/10, văn bản số 88/BC-UBND");
		assertThat(par.dueSoon(dayBefore)).noneMatch(i -> i.title().startsWith("Giải trình"));
	}

	@org.springframework.beans.factory.annotation.Autowired
	vn.motcua.planning.PlanningFigures planning;

	@org.springframework.beans.factory.annotation.Autowired
	vn.motcua.organization.OrganizationManagement organization;

	@Test
	void aUnitLinksItsOwnTaskAsEvidenceAndTheReportsLeafReadsTheRegister() {
		String set = setOf("truongphong.yentrach", 2026);
		String page = "/quan-tri/chi-so-cchc/" + set + "/don-vi/05620";
		String body = Http.session(this.port, "truongphong.yentrach", PASSWORD).get(page).body();
		assertThat(body).contains("id=\"link-form\"", "Nhiệm vụ: Niêm yết công khai thủ tục hành chính");
		String record = body.replaceAll("(?s)^.*?<option value=\"(TASK:[0-9a-f-]{36})\">Nhiệm vụ: Niêm yết.*$", "$1");
		Http api = Http.basic(this.port, "truongphong.yentrach", PASSWORD);
		String path = "/api/v1/par/sets/" + set + "/units/05620";
		Http.Response linked = api.postJson(path + "/evidence-links",
				"{\"code\":\"3.1\",\"kind\":\"TASK\",\"id\":\"" + record.substring(5) + "\"}");
		assertThat(linked.status()).as(linked.body()).isEqualTo(200);
		assertThat(linked.<List<String>>json("$.leaves[?(@.code == '3.1')].links[0].label")).anyMatch(l -> l.contains("Niêm yết công khai"));
		assertThat(linked.<List<String>>json("$.leaves[?(@.code == '3.1')].links[0].path")).containsExactly("/quan-tri/nhiem-vu/" + record.substring(5));
		// a record of another commune is not this unit's evidence
		String other = Http.basic(this.port, "truongphong.votranh", PASSWORD).get("/api/v1/tasks?unit=05641").json("$[0].id");
		assertThat(api.postJson(path + "/evidence-links", "{\"code\":\"3.1\",\"kind\":\"TASK\",\"id\":\"" + other + "\"}")
			.<String>json("$.code")).isEqualTo("evidence-record-not-found");

		// leaf 1.2 of the sample set scores the register: the same rate as the planning figures
		var unit = this.organization.unitOn("05620", java.time.LocalDate.of(2026, 11, 28)).orElseThrow();
		Double rate = this.planning.of(unit.id(), java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31))
			.reportsOnTimeRate();
		assertThat(rate).as("Yên Trạch's third quarter is missing").isNotNull().isLessThan(100.0);
		assertThat(api.get(path).<List<Double>>json("$.leaves[?(@.code == '1.2')].computed.value")).containsExactly(rate);
	}

}
