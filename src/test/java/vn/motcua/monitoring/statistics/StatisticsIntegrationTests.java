package vn.motcua.monitoring.statistics;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.monitoring.DeskFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * Report II.06a figures on a fixed-clock month of the district desk (October 2024, used by no
 * other test): every category counted exactly, the balance holds, each number lists its dossiers,
 * and the scope is enforced.
 */
@MotCuaTest
class StatisticsIntegrationTests {

	static final String OCTOBER_2024 = "/api/v1/stats/dossiers?unit=168&from=2024-10-01&to=2024-10-31";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	private DeskFixtures desk;

	@BeforeEach
	void desk() {
		this.desk = new DeskFixtures(this.port, this.clock);
	}

	private Http as(String username) {
		return this.desk.as(username);
	}

	private String receive(String at, String channel) {
		return this.desk.receive(at + "+07:00", channel, DeskFixtures.applicant("Trần Văn Bình", "0912 000 111", "Xã Yên Lạc"))
			.json("$.code");
	}

	private Http.Response act(String username, String at, String code, String body) {
		return this.desk.act(username, at, code, body);
	}

	private String resolve(String code, String day, String time) {
		return this.desk.resolve(code, day, time);
	}

	@Test
	void aLogBookOfMoreDossiersThanOneFileHoldsIsRefusedWithWhatToDo() {
		for (int i = 0; i < 21; i++) { // the tests hold a PDF to 20 dossiers, an Excel workbook to 40
			receive("2024-03-05T09:00:00", "DIRECT");
		}
		Http.Response pdf = as("lanhdao").get("/api/v1/dossiers/log-book.pdf?unit=168&from=2024-03-05&to=2024-03-05");
		assertThat(pdf.status()).isEqualTo(400);
		assertThat(pdf.<String>json("$.code")).isEqualTo("export-too-large");
		assertThat(pdf.<String>json("$.detail")).contains("20 hồ sơ", "khoảng thời gian ngắn hơn");
		assertThat(as("lanhdao").getBytes("/api/v1/dossiers/log-book.xlsx?unit=168&from=2024-03-05&to=2024-03-05").status())
			.isEqualTo(200);
		Http.Response page = Http.session(this.port, "lanhdao", PASSWORD)
			.html("/quan-tri/thong-ke/bao-cao/so-theo-doi.pdf?unit=168&from=2024-03-05&to=2024-03-05");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text()).contains("khoảng thời gian ngắn hơn");
	}

	@Test
	void aDossierReceivedAtTheClocksVeryInstantIsPendingNow() {
		String day = "/api/v1/stats/dossiers?unit=168&from=2024-11-20&to=2024-11-20";
		this.clock.set("2024-11-20T09:00:00+07:00");
		List<Integer> before = counts(as("lanhdao").get(day));

		String code = receive("2024-11-20T09:00:00", "DIRECT"); // the clock stays at the receipt

		List<Integer> after = counts(as("lanhdao").get(day));
		assertThat(List.of(after.get(0) - before.get(0), after.get(1) - before.get(1), after.get(2) - before.get(2)))
			.as("received, pending, within time").containsExactly(1, 1, 1);
		String pending = "/quan-tri/thong-ke/ho-so?unit=168&from=2024-11-20&to=2024-11-20&category=PENDING";
		assertThat(Http.session(this.port, "lanhdao", PASSWORD).get(pending).text()).contains(code);
	}

	private static List<Integer> counts(Http.Response stats) {
		return List.of(stats.json("$.received.total"), stats.json("$.pending.total"), stats.json("$.pending.withinTime"));
	}

	@Test
	void theEvaluationScoresAWorkedExampleAndLeavesOutWhatHasNoData() throws Exception {
		String code = receive("2024-11-04T09:00:00", "DIRECT"); // due Thu 07/11
		act("chuyenvien", "2024-11-04T10:00:00+07:00", code,
				"{\"action\":\"REQUEST_SUPPLEMENT\",\"note\":\"Thiếu hợp đồng thuê địa điểm\"}");
		act("tiepnhan", "2024-11-05T09:00:00+07:00", code, "{\"action\":\"SUPPLEMENT_RECEIVED\"}"); // starts over
		assertThat(resolve(code, "2024-11-08", "10:00:00")).isEqualTo("ON_TIME"); // on the new due day

		byte[] excel = Http.session(this.port, "lanhdao", PASSWORD)
			.getBytes("/quan-tri/thong-ke/bao-cao/danh-gia.xlsx?unit=168&from=2024-11-08&to=2024-11-08")
			.body();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(excel))) {
			var cells = new org.apache.poi.ss.usermodel.DataFormatter();
			var sheet = workbook.getSheetAt(0);
			List<String> row = null;
			List<String> official = null;
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				var line = sheet.getRow(r);
				List<String> texts = line == null ? List.of()
						: java.util.stream.IntStream.range(0, 14).mapToObj(c -> cells.formatCellValue(line.getCell(c))).toList();
				if (line != null && texts.get(1).startsWith(code)) {
					row = texts;
				}
				if (line != null && texts.get(1).equals("Lê Văn Minh (chuyenvien)")) {
					official = texts;
				}
			}
			assertThat(row).as("the dossier's row").isNotNull();
			assertThat(official).as("the specialist's row").isNotNull();
			// (1) 1 and (3) 1 as the dossier's, (4) 2, (7) no rating: left out, the sum rescaled to five criteria
			assertThat(List.of(official.get(2), official.get(3), official.get(5), official.get(6), official.get(9)))
				.containsExactly("1", "1.00", "1.00", "2", "—");
			double expected = Math.round((1 + Double.parseDouble(official.get(4).replace(',', '.')) + 1 + 2) * 5 / 4.0 * 10)
					/ 10.0;
			assertThat(Double.parseDouble(official.get(12).replace(',', '.'))).isEqualTo(expected);
			// (1) on the due day 1; (3) came back once 1; (7) not rated and (8) no data: left out, not 2
			assertThat(List.of(row.get(3), row.get(5), row.get(9), row.get(10))).containsExactly("1", "1", "—", "—");
		}
	}

	@Test
	void octoberAtTheDistrictDeskIsCountedExactlyAndBalances() {
		String carried = receive("2024-09-27T10:00:00", "DIRECT"); // due Wed 02/10
		assertThat(resolve(carried, "2024-10-01", "09:00:00")).isEqualTo("EARLY");
		String onTime = receive("2024-10-07T09:00:00", "DIRECT"); // due Thu 10/10
		assertThat(resolve(onTime, "2024-10-10", "16:00:00")).isEqualTo("ON_TIME");
		String late = receive("2024-10-14T09:00:00", "ONLINE"); // due Thu 17/10
		assertThat(resolve(late, "2024-10-21", "10:00:00")).isEqualTo("LATE");
		String overdue = receive("2024-10-21T09:00:00", "POSTAL"); // due Thu 24/10, still open
		String withinTime = receive("2024-10-30T09:00:00", "DIRECT"); // due Mon 04/11
		String withdrawn = receive("2024-10-02T09:00:00", "DIRECT");
		act("tiepnhan", "2024-10-03T09:00:00+07:00", withdrawn, "{\"action\":\"WITHDRAW\",\"note\":\"Công dân rút hồ sơ\"}");
		String refused = receive("2024-10-08T09:00:00", "DIRECT"); // due Fri 11/10
		act("tiepnhan", "2024-10-08T10:00:00+07:00", refused, "{\"action\":\"COMPLETE_STEP\"}");
		act("truongphong", "2024-10-08T10:10:00+07:00", refused, "{\"action\":\"ASSIGN\",\"assignee\":\"chuyenvien\"}");
		act("chuyenvien", "2024-10-09T09:00:00+07:00", refused,
				"{\"action\":\"REFUSE\",\"note\":\"Ngành nghề kinh doanh có điều kiện, chưa đủ điều kiện\"}");
		String waiting = receive("2024-10-15T09:00:00", "DIRECT"); // due 18/10, waiting on the applicant since 16/10
		act("chuyenvien", "2024-10-16T09:00:00+07:00", waiting,
				"{\"action\":\"REQUEST_SUPPLEMENT\",\"note\":\"Thiếu hợp đồng thuê địa điểm\"}");
		this.clock.reset();

		Http.Response r = as("lanhdao").get(OCTOBER_2024);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		assertThat(List.of(r.<Integer>json("$.received.total"), r.<Integer>json("$.received.online"),
				r.<Integer>json("$.received.direct"), r.<Integer>json("$.received.carriedOver")))
			.containsExactly(8, 1, 6, 1);
		assertThat(List.of(r.<Integer>json("$.resolved.total"), r.<Integer>json("$.resolved.early"),
				r.<Integer>json("$.resolved.onTime"), r.<Integer>json("$.resolved.late")))
			.containsExactly(4, 2, 1, 1);
		assertThat(List.of(r.<Integer>json("$.pending.total"), r.<Integer>json("$.pending.withinTime"),
				r.<Integer>json("$.pending.overdue"), r.<Integer>json("$.withdrawn")))
			.containsExactly(3, 2, 1, 1);
		assertThat(r.<Double>json("$.onTimeRate")).isEqualTo(75.0);

		assertThat(codes("LATE")).containsExactly(late);
		assertThat(codes("OVERDUE")).containsExactly(overdue);
		assertThat(codes("WITHIN_TIME")).containsExactlyInAnyOrder(withinTime, waiting);
		assertThat(codes("CARRIED_OVER")).containsExactly(carried);
		assertThat(codes("EARLY")).containsExactlyInAnyOrder(carried, refused);
		assertThat(codes("ON_TIME")).containsExactly(onTime);
		assertThat(codes("WITHDRAWN")).containsExactly(withdrawn);

		Http.Response cut = as("lanhdao").get("/api/v1/stats/dossiers?unit=168&from=2024-10-05&to=2024-10-31");
		assertThat(List.of(cut.<Integer>json("$.received.total"), cut.<Integer>json("$.received.carriedOver"),
				cut.<Integer>json("$.resolved.total"), cut.<Integer>json("$.resolved.early"),
				cut.<Integer>json("$.withdrawn"), cut.<Integer>json("$.pending.total")))
			.containsExactly(6, 0, 3, 1, 0, 3); // days of a cut month come from the daily rollup
		Http.Response september = as("lanhdao").get("/api/v1/stats/dossiers?unit=168&from=2024-09-01&to=2024-09-30");
		assertThat(september.<Integer>json("$.pending.total")).isEqualTo(1); // the carried dossier, as of 30/09
		Http.Response acrossTheReform = as("lanhdao").get("/api/v1/stats/dossiers/breakdown?by=unit&unit=168&from=2025-01-01&to=2025-12-31");
		assertThat(acrossTheReform.status()).as("the district ended on 30/06/2025").isEqualTo(200);
		assertThat(acrossTheReform.<List<String>>json("$[*].label")).contains("Xã Yên Lạc", "Thị trấn Giang Tiên");
		Http.Response withCommunes = as("lanhdao").get(OCTOBER_2024 + "&includeSubUnits=true");
		assertThat(withCommunes.<Integer>json("$.received.total")).isGreaterThanOrEqualTo(8);
	}

	private List<String> codes(String category) {
		Http.Response page = Http.session(this.port, "lanhdao", PASSWORD)
			.get("/quan-tri/thong-ke/ho-so?unit=168&from=2024-10-01&to=2024-10-31&category=" + category);
		assertThat(page.status()).isEqualTo(200);
		return java.util.regex.Pattern.compile("000\\.20\\.06\\.H55-24\\d{4}-\\d{4}")
			.matcher(page.body())
			.results()
			.map(m -> m.group())
			.distinct()
			.toList();
	}

	@Test
	void decemberReadsTheSameOnTheDashboardInTheReportsAndOnThePublicBoard() throws Exception {
		String late = receive("2024-12-02T09:00:00", "DIRECT"); // due Thu 05/12
		act("truongphong", "2024-12-04T09:00:00+07:00", late, """
				{"action":"APOLOGISE","newDueAt":"2024-12-09T17:00:00+07:00",
				 "note":"Xin lỗi ông/bà: hồ sơ cần xác minh thêm, hẹn trả ngày 09/12/2024"}""");
		assertThat(resolve(late, "2024-12-09", "10:00:00")).isEqualTo("LATE"); // still late after the apology
		String early = receive("2024-12-10T09:00:00", "ONLINE");
		assertThat(resolve(early, "2024-12-11", "10:00:00")).isEqualTo("EARLY");
		String overdue = receive("2024-12-16T09:00:00", "DIRECT"); // due Thu 19/12, left open
		this.clock.reset();
		String december = "unit=168&from=2024-12-01&to=2024-12-31";
		Http.Response api = as("lanhdao").get("/api/v1/stats/dossiers?includeSubUnits=true&" + december);
		int received = api.json("$.received.total");
		assertThat(List.of(api.<Integer>json("$.resolved.late"), api.<Integer>json("$.pending.overdue")))
			.containsExactly(1, 1);

		Http leader = Http.session(this.port, "lanhdao", PASSWORD);
		Http.Response dashboard = leader.get("/quan-tri/thong-ke?unit=168&period=month&day=2024-12-15");
		assertThat(dashboard.status()).isEqualTo(200);
		assertThat(dashboard.body()).contains("id=\"received-total\">" + received + "<", "/dist/echarts.min-", "trend-chart");
		assertThat(leader.getBytes("/webjars/echarts/dist/echarts.min.js").status()).isEqualTo(200);
		Http.Response unknownUnit = leader.get("/quan-tri/thong-ke?unit=99999"); // no period: this year
		assertThat(unknownUnit.status()).isEqualTo(200);
		assertThat(unknownUnit.body()).contains("alert-danger", "Không tìm thấy đơn vị hành chính");

		Http.Bytes excel = leader.getBytes("/quan-tri/thong-ke/bao-cao/ii06a-linh-vuc.xlsx?" + december);
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(excel.body()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("II.06a");
			var total = java.util.stream.IntStream.rangeClosed(0, sheet.getLastRowNum())
				.mapToObj(sheet::getRow)
				.filter(r -> r != null && r.getCell(1) != null && "Tổng cộng".equals(r.getCell(1).toString()))
				.findFirst()
				.orElseThrow();
			assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue())
				.as("the notes on how withdrawn and waiting dossiers are counted follow the table").contains("rút, dừng");
			assertThat((int) total.getCell(2).getNumericCellValue()).isEqualTo(received);
			assertThat((int) total.getCell(9).getNumericCellValue()).isEqualTo(1); // resolved late
			assertThat((int) total.getCell(12).getNumericCellValue()).isEqualTo(1); // pending overdue
		}
		Http.Bytes pdf = leader.getBytes("/quan-tri/thong-ke/bao-cao/ii06a-don-vi.pdf?" + december);
		assertThat(pdf.status()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(leader.getBytes("/quan-tri/thong-ke/bao-cao/so-theo-doi.xlsx?" + december).status()).isEqualTo(200);
		assertThat(leader.getBytes("/quan-tri/thong-ke/bao-cao/danh-gia.pdf?" + december).status()).isEqualTo(200);
		assertThat(leader.getBytes("/quan-tri/thong-ke/bao-cao/khong-co.xlsx?" + december).status()).isEqualTo(404);

		Http.Response evaluation = leader.get("/quan-tri/thong-ke/danh-gia?unit=168&period=month&day=2024-12-15");
		assertThat(evaluation.body()).contains("unit-scores", "Huyện Phú Lương", "Lê Văn Minh", "(chuyenvien)");
		Http.Response index = as("lanhdao").get("/api/v1/stats/service-index?" + december);
		assertThat(index.<String>json("$.components[1].key")).isEqualTo("progress");
		assertThat(index.<Double>json("$.components[1].ratio")).isEqualTo(Math.round(
				(api.<Integer>json("$.resolved.early") + api.<Integer>json("$.resolved.onTime")
						+ api.<Integer>json("$.pending.withinTime")) * 10000.0 / received) / 100.0);
		assertThat(index.<String>json("$.components[4].missing")).isEqualTo("payment");
		assertThat(index.<List<String>>json("$.groups[*].key"))
			.containsExactly("publicity", "results", "digital", "services", "satisfied");
		assertThat(index.<List<Integer>>json("$.groups[*].maxPoints")).containsExactly(18, 20, 22, 22, 18)
			.as("Decision 766: 100 points").satisfies(points -> assertThat(points.stream().mapToInt(i -> i).sum()).isEqualTo(100));
		double lateShare = api.<Integer>json("$.resolved.late") / (double) api.<Integer>json("$.resolved.total");
		Double satisfaction = index.json("$.components[5].ratio");
		assertThat(satisfaction).as("100 % − late % − not satisfied %: no rating here")
			.isEqualTo(Math.round((1 - lateShare) * 10000) / 100.0);
		String ratio = String.format(java.util.Locale.ROOT, "%.1f", index.<Double>json("$.components[1].ratio"));
		Http.Response indexPage = leader.get("/quan-tri/thong-ke/chi-so-phuc-vu?unit=168&period=month&day=2024-12-15");
		assertThat(indexPage.body()).contains("<th>Điểm</th>", ratio.replace('.', ',') + " %")
			.doesNotContain("{0}", ratio + "%");

		Http.Response board = Http.anonymous(this.port).get("/cong-khai-ket-qua?unit=168&month=2024-12");
		assertThat(board.status()).isEqualTo(200);
		assertThat(board.body()).contains(late, "Xin lỗi ông/bà: hồ sơ cần xác minh thêm", overdue, "Chưa có văn bản xin lỗi")
			.doesNotContain(early, "Trần Văn Bình", "0912 000 111");
		Http.Response boardApi = Http.anonymous(this.port).get("/api/v1/public/board?unit=168&month=2024-12");
		assertThat(boardApi.<Integer>json("$.monthCounts.resolved.late")).isEqualTo(1);
		// the month and the year to date end together and are asked once: each still reads as the API does
		Http.Response year = as("lanhdao").get("/api/v1/stats/dossiers?includeSubUnits=true&unit=168&from=2024-01-01&to=2024-12-31");
		for (String figure : List.of("received.total", "received.carriedOver", "resolved.total", "pending.total",
				"pending.overdue", "withdrawn")) {
			assertThat(boardApi.<Integer>json("$.monthCounts." + figure)).as(figure).isEqualTo(api.<Integer>json("$." + figure));
			assertThat(boardApi.<Integer>json("$.yearCounts." + figure)).as(figure).isEqualTo(year.<Integer>json("$." + figure));
			assertThat(boardApi.<List<Integer>>json("$.yearByUnit[*].counts." + figure).stream().mapToInt(i -> i).sum())
				.as("the lines by unit add up to the year's " + figure)
				.isEqualTo(year.<Integer>json("$." + figure));
		}
		Http.Response badMonth = Http.anonymous(this.port).get("/api/v1/public/board?unit=168&month=2024-13");
		assertThat(badMonth.<String>json("$.code")).isEqualTo("month-invalid");
		for (String outside : List.of("1999-01", "2014-12", "2026-12", "9999-12")) { // the clock is in November 2026
			Http.Response refused = Http.anonymous(this.port).get("/api/v1/public/board?unit=168&month=" + outside);
			assertThat(refused.status()).isEqualTo(400);
			assertThat(refused.<String>json("$.code")).as(outside).isEqualTo("month-out-of-range");
		}
	}

	@Test
	void aCommuneOfficialSeesTheirCommuneOnlyAndBadQuestionsGetProblemCodes() {
		Http commune = as("chutich.phuluong");
		assertThat(commune.get("/api/v1/stats/dossiers?unit=05611&from=2025-07-01&to=2025-12-31").status()).isEqualTo(200);
		Http.Response outside = commune.get("/api/v1/stats/dossiers?unit=05641&from=2025-07-01&to=2025-12-31");
		assertThat(outside.status()).isEqualTo(403);
		assertThat(outside.<String>json("$.code")).isEqualTo("forbidden");
		Http.Response reversed = as("lanhdao").get("/api/v1/stats/dossiers?unit=168&from=2024-10-31&to=2024-10-01");
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(reversed.<String>json("$.code")).isEqualTo("period-invalid");
		assertThat(as("lanhdao").get("/api/v1/stats/dossiers?unit=99999").<String>json("$.code"))
			.isEqualTo("unit-not-found");
		assertThat(as("lanhdao").get("/api/v1/stats/dossiers?unit=168&from=2024-13-01").status()).isEqualTo(400);
		assertThat(Http.anonymous(this.port).get(OCTOBER_2024).status()).isEqualTo(401);
		assertThat(as("lanhdao").get("/api/v1/stats/dossiers/breakdown?unit=168&from=2024-01-01&to=2024-12-31&by=colour").<String>json("$.code"))
			.isEqualTo("breakdown-invalid");
		assertThat(as("lanhdao").postJson("/api/v1/stats/rebuild", "{}").status()).isEqualTo(403);
		Http.Response rebuilt = as("admin").postJson("/api/v1/stats/rebuild", "{}");
		assertThat(rebuilt.status()).isEqualTo(200);
		assertThat(rebuilt.<Integer>json("$.rows")).isPositive();
	}

}
