package vn.motcua.parindex;

import java.util.List;

import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * A full PAR Index cycle on a fixed clock (RULES.md §7): the province's committee sets criteria for
 * three communes; each scores itself and submits; the committee appraises, enters the survey for two
 * of them, and publishes; the results rank them, ties equal, over the parts present.
 */
@MotCuaTest
class ParIndexIntegrationTests {

	/** Area 1 (40): manual, choice, computed; area 2 (60): survey, manual; bonus 3; penalty 4. */
	static final String CRITERIA = """
			[{"code":"1","title":"Công tác chỉ đạo, điều hành","maxPoints":40,"children":[
			   {"code":"1.1","title":"Báo cáo CCHC đúng hạn","maxPoints":10,"method":"MANUAL","evidence":"Các báo cáo"},
			   {"code":"1.2","title":"Kế hoạch CCHC","maxPoints":10,"method":"CHOICE",
			    "levels":[{"label":"Không ban hành","points":0},{"label":"Ban hành muộn","points":5},{"label":"Đúng hạn","points":10}]},
			   {"code":"1.3","title":"Tỷ lệ hồ sơ đúng hạn","maxPoints":20,"method":"COMPUTED","indicator":"ON_TIME_RATE",
			    "thresholds":[{"atLeast":95,"points":20},{"atLeast":80,"points":15},{"atLeast":0,"points":5}]}]},
			 {"code":"2","title":"Tác động của cải cách","maxPoints":60,"children":[
			   {"code":"2.1","title":"Khảo sát sự hài lòng","maxPoints":30,"method":"SURVEY"},
			   {"code":"2.2","title":"Dịch vụ công trực tuyến","maxPoints":30,"method":"MANUAL"}]},
			 {"code":"3","title":"Điểm thưởng","maxPoints":5,"children":[{"code":"3.1","title":"Sáng kiến","maxPoints":5,"method":"BONUS"}]},
			 {"code":"4","title":"Điểm trừ","maxPoints":5,"method":"PENALTY"}]""";

	static final String BANDS = """
			[{"name":"Tốt","minPercent":80},{"name":"Khá","minPercent":70},{"name":"Trung bình","minPercent":60},
			 {"name":"Thấp","minPercent":0}]""";

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	private Http as(String username) {
		return Http.basic(this.port, username, PASSWORD);
	}

	static String set(String name, String criteria) {
		return """
				{"year":2026,"name":"%s","issuerUnit":"19","units":["05611","05641","05620"],
				 "periodFrom":"2026-10-01","periodTo":"2026-10-31","bands":%s,"criteria":%s}""".formatted(name, BANDS, criteria);
	}

	private void resolveOneAtPhuLuong() {
		resolveOneAtPhuLuong("2026-10-05T09:00:00+07:00");
	}

	private void resolveOneAtPhuLuong(String at) {
		this.clock.set(at);
		String code = as("motcua.phuluong").postJson("/api/v1/dossiers", """
				{"procedureCode":"2.001035","agencyCode":"000.41.20.H55","channel":"ONLINE",
				 "applicant":{"fullName":"Lý Thị Hoa","idNumber":"019190012346","phone":"0912 345 679"}}""").json("$.code");
		for (String official : List.of("motcua.phuluong", "chuyenvien.phuluong", "chutich.phuluong", "motcua.phuluong")) {
			assertThat(as(official).postJson("/api/v1/dossiers/" + code + "/transitions", "{\"action\":\"COMPLETE_STEP\"}")
				.status()).isEqualTo(200);
		}
	}

	@Test
	void aWholeCycleForThreeCommunes() {
		resolveOneAtPhuLuong();
		this.clock.set("2027-01-10T09:00:00+07:00");
		assertThat(as("truongphong.phuluong").postJson("/api/v1/par/sets", set("Bộ chỉ số 2026", CRITERIA)).status())
			.as("only the issuer's committee builds a set").isEqualTo(403);
		Http.Response created = as("caicach.thainguyen").postJson("/api/v1/par/sets", set("Bộ chỉ số 2026", CRITERIA));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String base = "/api/v1/par/sets/" + created.<String>json("$.id");

		// Phú Lương scores itself; a computed leaf is not its to score, a choice must be a level: nothing saved
		String phuLuong = base + "/units/05611";
		assertThat(as("truongphong.phuluong").putJson(phuLuong + "/self-scores",
				"{\"scores\":{\"1.1\":8,\"1.2\":5,\"2.2\":25,\"3.1\":3},\"notes\":{\"3.1\":\"Sáng kiến một cửa số\"}}").status())
			.isEqualTo(200);
		Http.Response wrong = as("truongphong.phuluong").putJson(phuLuong + "/self-scores",
				"{\"scores\":{\"1.1\":2,\"1.2\":7}}");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.<String>json("$.code")).isEqualTo("validation-failed");
		assertThat(wrong.<String>json("$.errors[0].field")).isEqualTo("1.2");
		assertThat(as("truongphong.phuluong").putJson(phuLuong + "/self-scores", "{\"scores\":{\"1.3\":20}}")
			.<String>json("$.errors[0].message")).contains("không tự chấm");
		Http.Response own = as("truongphong.phuluong").get(phuLuong);
		assertThat(own.<Double>json("$.leaves[0].self")).as("unchanged by the refused request").isEqualTo(8.0);
		assertThat(own.<String>json("$.leaves[5].selfNote")).isEqualTo("Sáng kiến một cửa số");

		// the computed leaf: the statistics API's on-time rate of the unit over the set's period
		Double onTime = as("lanhdao.thainguyen").get("/api/v1/stats/dossiers?unit=05611&from=2026-10-01&to=2026-10-31")
			.json("$.onTimeRate");
		assertThat(onTime).isNotNull();
		assertThat(own.<Double>json("$.leaves[2].computed.value")).isEqualTo(onTime);
		assertThat(own.<String>json("$.leaves[2].computed.from")).isEqualTo("2026-10-01");
		assertThat(own.<String>json("$.leaves[2].computed.indicator")).isEqualTo("ON_TIME_RATE");
		// the figure opens the dossiers behind it, as the dashboard's numbers do
		String page = Http.session(this.port, "truongphong.phuluong", PASSWORD)
			.get("/quan-tri/chi-so-cchc/" + created.<String>json("$.id") + "/don-vi/05611")
			.body();
		String list = "/quan-tri/thong-ke/ho-so?unit=05611&amp;from=2026-10-01&amp;to=2026-10-31&amp;category=RESOLVED";
		assertThat(page).contains(list);
		assertThat(Http.session(this.port, "truongphong.phuluong", PASSWORD).get(list.replace("&amp;", "&")).status())
			.isEqualTo(200);

		// a unit never sees another unit's draft
		assertThat(as("truongphong.votranh").get(phuLuong).status()).isEqualTo(404);
		assertThat(as("truongphong.votranh").putJson(phuLuong + "/self-scores", "{\"scores\":{\"1.1\":0}}").status())
			.isEqualTo(404);

		for (String unit : List.of("phuluong", "votranh", "yentrach")) {
			String path = base + "/units/" + switch (unit) {
				case "phuluong" -> "05611";
				case "votranh" -> "05641";
				default -> "05620";
			};
			if (!unit.equals("phuluong")) {
				assertThat(as("truongphong." + unit).putJson(path + "/self-scores",
						"{\"scores\":{\"1.1\":10,\"1.2\":10,\"2.2\":20}}").status()).isEqualTo(200);
			}
			assertThat(as("truongphong." + unit).postJson(path + "/self-scores/submission", "{}").status()).isEqualTo(204);
		}
		Http.Response late = as("truongphong.phuluong").putJson(phuLuong + "/self-scores", "{\"scores\":{\"1.1\":10}}");
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.<String>json("$.code")).isEqualTo("assessment-submitted");

		// the committee: Phú Lương's 2.2 lowered, the survey and a penalty; the other two have no survey
		assertThat(as("caicach.thainguyen").putJson(phuLuong + "/appraised-scores",
				"{\"scores\":{\"2.2\":20,\"2.1\":24,\"4\":2,\"1.3\":15},\"comments\":{\"2.2\":\"Thiếu minh chứng\"}}").status())
			.isEqualTo(200);
		for (String unit : List.of("05641", "05620")) {
			as("caicach.thainguyen").putJson(base + "/units/" + unit + "/appraised-scores", "{\"scores\":{\"1.3\":15}}");
		}
		assertThat(as("truongphong.phuluong").putJson(phuLuong + "/appraised-scores", "{\"scores\":{\"2.2\":30}}")
			.status()).isEqualTo(403);

		// one round of questions, answered by the unit (after submitting) until the end of the day given
		String ask = "{\"questions\":{\"2.2\":\"Minh chứng về hồ sơ trực tuyến ở đâu?\"},\"due\":\"2027-01-15\"}";
		assertThat(as("caicach.thainguyen").postJson(phuLuong + "/explanation-requests", ask).status()).isEqualTo(204);
		assertThat(as("caicach.thainguyen").postJson(phuLuong + "/explanation-requests", ask).<String>json("$.code"))
			.isEqualTo("explanation-round-used");
		assertThat(as("truongphong.phuluong").putJson(phuLuong + "/explanations", "{\"answers\":{\"1.1\":\"?\"}}")
			.<String>json("$.errors[0].field")).as("not asked about 1.1").isEqualTo("1.1");
		Http.Response answered = as("truongphong.phuluong").putJson(phuLuong + "/explanations",
				"{\"answers\":{\"2.2\":\"Báo cáo số 12/BC-UBND, mục 3\"}}");
		assertThat(answered.<String>json("$.leaves[4].answer")).isEqualTo("Báo cáo số 12/BC-UBND, mục 3");
		assertThat(answered.<String>json("$.explanationDue")).isEqualTo("2027-01-15");
		this.clock.set("2027-01-16T08:00:00+07:00");
		assertThat(as("truongphong.phuluong").putJson(phuLuong + "/explanations", "{\"answers\":{\"2.2\":\"muộn\"}}")
			.<String>json("$.code")).isEqualTo("explanation-too-late");
		assertThat(as("truongphong.phuluong").get(base + "/results").status()).as("not yet published").isEqualTo(404);

		Http.Response results = as("caicach.thainguyen").get(base + "/results");
		assertThat(results.<List<String>>json("$[*].unitCode")).containsExactly("05641", "05620", "05611");
		assertThat(results.<List<Integer>>json("$[*].rank")).as("ties share a rank").containsExactly(1, 1, 3);
		// Vô Tranh: 10 + 10 + 15 + 20 = 55 over 70 (no survey) = 78.57 %; Phú Lương: 8 + 5 + 15 + 24 + 20 + 3 − 2 = 73 %
		assertThat(results.<List<Double>>json("$[*].index")).containsExactly(78.57, 78.57, 73.0);
		assertThat(results.<List<Double>>json("$[*].maxPoints")).containsExactly(70.0, 70.0, 100.0);
		assertThat(results.<List<String>>json("$[*].band")).containsExactly("Khá", "Khá", "Khá");
		// its own scores, the computed points before the committee's 15, and the survey's
		assertThat(results.<Double>json("$[2].selfScore")).isEqualTo(8 + 5 + (onTime >= 95 ? 20 : onTime >= 80 ? 15 : 5) + 24 + 25.0);
		assertThat(results.<Double>json("$[2].appraisedScore")).isEqualTo(8 + 5 + 15 + 24 + 20.0);
		assertThat(List.of(results.<Double>json("$[2].bonus"), results.<Double>json("$[2].penalty"))).containsExactly(3.0, 2.0);

		assertThat(as("caicach.thainguyen").postJson(base + "/publication",
				"{\"decision\":\"125/QĐ-UBND\",\"date\":\"2027-02-20\"}").status()).isEqualTo(204);
		assertThat(as("truongphong.phuluong").get(base + "/results").status()).isEqualTo(200);
		assertThat(as("caicach.thainguyen").putJson(phuLuong + "/appraised-scores", "{\"scores\":{\"2.2\":30}}")
			.<String>json("$.code")).isEqualTo("par-set-published");
	}

	@Test
	void aSetWhoseMaximaDoNotAddUpIsRefusedNamingTheNode() {
		Http.Response refused = as("caicach.thainguyen").postJson("/api/v1/par/sets",
				set("Sai tổng", CRITERIA.replace("\"code\":\"2.2\",\"title\":\"Dịch vụ công trực tuyến\",\"maxPoints\":30",
						"\"code\":\"2.2\",\"title\":\"Dịch vụ công trực tuyến\",\"maxPoints\":25")));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.<String>json("$.code")).isEqualTo("validation-failed");
		assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("2");
		assertThat(refused.<String>json("$.errors[0].message")).isEqualTo(
				"Tổng điểm tối đa của các tiêu chí con là 55, khác điểm tối đa 60 của tiêu chí.");
		assertThat(as("caicach.thainguyen").postJson("/api/v1/par/sets", set("Ngoài tỉnh", CRITERIA).replace("05620", "168"))
			.<String>json("$.code")).as("a unit not under the issuer today").isIn("par-unit-outside-issuer", "unit-not-found");
	}

	@Test
	void publishingFixesTheComputedPointsAsTheFiguresStand() {
		resolveOneAtPhuLuong("2026-09-07T09:00:00+07:00");
		this.clock.set("2026-10-10T09:00:00+07:00");
		String set = as("caicach.thainguyen").postJson("/api/v1/par/sets", set("Bộ chỉ số tháng 9", CRITERIA)
			.replace("2026-10-01", "2026-09-01").replace("2026-10-31", "2026-09-30")).json("$.id");
		String phuLuong = "/api/v1/par/sets/" + set + "/units/05611";
		Double figure = as("caicach.thainguyen").get(phuLuong).json("$.leaves[2].computed.value");
		assertThat(figure).isNotNull();
		assertThat(as("caicach.thainguyen").get(phuLuong).<Double>json("$.leaves[2].appraised")).isNull();

		assertThat(as("caicach.thainguyen").postJson("/api/v1/par/sets/" + set + "/publication",
				"{\"decision\":\"9/QĐ-UBND\",\"date\":\"2026-10-10\"}").status()).isEqualTo(204);
		Http.Response published = as("caicach.thainguyen").get(phuLuong);
		assertThat(published.<Double>json("$.leaves[2].appraised")).isEqualTo(published.<Double>json("$.leaves[2].computed.points"));
		assertThat(published.<String>json("$.leaves[2].comment")).startsWith("Tính từ dữ liệu MotCua khi công bố: ");
		assertThat(as("caicach.thainguyen").postJson("/api/v1/par/sets/" + set + "/publication",
				"{\"decision\":\"10/QĐ-UBND\",\"date\":\"2026-10-11\"}").<String>json("$.code")).isEqualTo("par-set-published");
	}

}
