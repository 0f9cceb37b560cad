package vn.motcua.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/**
 * Plans: typed with their tasks, or from the workbook units keep (units by name, deadlines as a
 * quarter or «Thường xuyên»); a wrong row creates nothing and is named; an amendment keeps the
 * version before.
 */
@MotCuaTest
class PlansIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	private Http as(String username) {
		return Http.basic(this.port, username, PASSWORD);
	}

	private static byte[] workbook(String[]... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Nhiệm vụ");
			sheet.createRow(0).createCell(0).setCellValue("STT");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private long plans() {
		return as("chutich.votranh").get("/api/v1/plans").<List<?>>json("$").size();
	}

	@Test
	void aTypedPlanWithAWrongRowCreatesNothingAndAnAmendmentKeepsTheVersionBefore() {
		this.clock.set("2027-01-05T09:00:00+07:00");
		long before = plans();
		Http.Response wrong = as("chutich.votranh").postJson("/api/v1/plans", """
				{"year":2027,"title":"Kế hoạch cải cách hành chính năm 2027","number":"05/KH-UBND","tasks":[
				  {"title":"Rà soát thủ tục","leadUnit":"05641","dueDate":"2027-06-30"},
				  {"title":"Số hóa hồ sơ","leadUnit":"05611","dueDate":"2027-09-30"}]}""");
		assertThat(wrong.<String>json("$.errors[0].field")).as("Phú Lương is not Vô Tranh's").isEqualTo("tasks[2].leadUnit");
		assertThat(plans()).isEqualTo(before);

		Http.Response created = as("chutich.votranh").postJson("/api/v1/plans", """
				{"year":2027,"title":"Kế hoạch cải cách hành chính năm 2027","number":"05/KH-UBND","issuedOn":"2027-01-05",
				 "goals":"100 % hồ sơ đúng hạn","tasks":[{"title":"Rà soát thủ tục","leadUnit":"05641","dueDate":"2027-06-30"}]}""");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String plan = "/api/v1/plans/" + created.json("$.id");
		assertThat(as("chutich.votranh").get(plan).<String>json("$.tasks[0].sourceKind")).isEqualTo("PLAN");
		assertThat(as("chutich.phuluong").get(plan).status()).isEqualTo(404);
		assertThat(as("chutich.votranh").putJson(plan, "{\"year\":2027,\"title\":\"Kế hoạch CCHC năm 2027 (sửa đổi)\"}")
			.<String>json("$.errors[0].field")).isEqualTo("reason");
		Http.Response amended = as("chutich.votranh").putJson(plan,
				"{\"year\":2027,\"title\":\"Kế hoạch CCHC năm 2027 (sửa đổi)\",\"reason\":\"Theo chỉ đạo của tỉnh\"}");
		assertThat(amended.<Integer>json("$.plan.version")).isEqualTo(2);
		assertThat(amended.<String>json("$.plan.amendments[0].reason")).isEqualTo("Theo chỉ đạo của tỉnh");
		assertThat(amended.<String>json("$.plan.goals")).as("a field not sent is cleared, as typed").isNull();
	}

	@Test
	void aWorkbookNamesUnitsByNameAndAWrongRowIsNamed() throws IOException {
		this.clock.set("2027-01-06T09:00:00+07:00");
		long before = plans();
		byte[] bad = workbook(new String[] { "1", "Niêm yết thủ tục", "Xã Vô Tranh", "", "Bảng niêm yết", "Quý II/2027" },
				new String[] { "2", "Tập huấn", "Xã Vô Tranh", "", "", "sớm nhất có thể" });
		Http.Response refused = as("chutich.votranh").postFile("/api/v1/plans/import?year=2027&title=K%E1%BA%BF%20ho%E1%BA%A1ch", "kh.xlsx", bad);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("Dòng 3");
		assertThat(plans()).isEqualTo(before);

		byte[] good = workbook(new String[] { "1", "Niêm yết thủ tục", "UBND Xã Vô Tranh", "", "Bảng niêm yết", "Quý II/2027" },
				new String[] { "2", "Tuyên truyền cải cách hành chính", "05641", "", "Tin bài", "Thường xuyên" },
				new String[] { "3", "Báo cáo quý", "Xã Vô Tranh", "", "", "Tháng 3/2027" });
		Http.Response created = as("chutich.votranh").postFile("/api/v1/plans/import?year=2027&title=K%E1%BA%BF%20ho%E1%BA%A1ch", "kh.xlsx", good);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(as("chutich.votranh").get("/api/v1/plans/" + created.json("$.id")).<List<String>>json("$.tasks[*].dueDate"))
			.containsExactly("2027-03-31", "2027-06-30", "2027-12-31");
	}

}
