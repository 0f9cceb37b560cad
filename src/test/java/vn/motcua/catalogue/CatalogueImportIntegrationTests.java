package vn.motcua.catalogue;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** The catalogue imported from Excel: all or nothing, every error with its row and column. */
@MotCuaTest
class CatalogueImportIntegrationTests {

	private static final String[] HEADER = { "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Thời hạn giải quyết",
			"Đơn vị thời hạn", "Phí, lệ phí (đồng)", "Thành phần hồ sơ" };

	@LocalServerPort
	int port;

	private static byte[] excel(String[]... rows) throws Exception {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet();
			for (int r = 0; r <= rows.length; r++) {
				String[] values = r == 0 ? HEADER : rows[r - 1];
				var row = sheet.createRow(r);
				for (int c = 0; c < values.length; c++) {
					row.createCell(c).setCellValue(values[c]);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void aNewVersionTakesOverFromItsDateAndTheOldOneEndsTheDayBefore() throws Exception {
		Http admin = Http.basic(this.port, "admin", PASSWORD);
		byte[] file = excel(
				new String[] { "2.001019", "Chứng thực di chúc", "Chứng thực", "Cấp xã", "3", "Ngày làm việc", "60.000",
						"Phiếu yêu cầu chứng thực (1 bản chính); Dự thảo di chúc (1 bản chính)" },
				new String[] { "9.000001", "Đăng ký thử nghiệm", "Hộ tịch", "Cấp xã", "0", "Trong ngày", "", "" });

		Http.Response report = admin.postFile("/api/v1/procedures/import?effectiveFrom=2026-12-01", "danh-muc.xlsx", file);

		assertThat(report.status()).as(report.body()).isEqualTo(200);
		assertThat(report.<Integer>json("$.imported")).isEqualTo(2);
		Http.Response before = admin.get("/api/v1/procedures/2.001019?date=2026-11-30");
		Http.Response after = admin.get("/api/v1/procedures/2.001019?date=2026-12-01");
		assertThat(before.<Integer>json("$.timeLimit")).isEqualTo(2);
		assertThat(before.<String>json("$.effectiveTo")).isEqualTo("2026-11-30");
		assertThat(after.<Integer>json("$.timeLimit")).isEqualTo(3);
		assertThat(after.<Integer>json("$.feeVnd")).isEqualTo(60000);
		List<String> documents = after.json("$.documents[*].name");
		assertThat(documents).containsExactly("Phiếu yêu cầu chứng thực (1 bản chính)", "Dự thảo di chúc (1 bản chính)");
		List<String> roles = after.json("$.steps[*].role");
		assertThat(roles).contains("COMMUNE_OFFICER", "LEADER");
	}

	@Test
	void aFileWithErrorsImportsNothingAndNamesEveryError() throws Exception {
		Http admin = Http.basic(this.port, "admin", PASSWORD);
		byte[] file = excel(new String[] { "9.000002", "Thủ tục tốt", "Hộ tịch", "Cấp xã", "1", "Ngày làm việc", "0", "" },
				new String[] { "", "Thiếu mã", "Hộ tịch", "Cấp thôn", "hai", "Tuần", "-5", "" },
				new String[] { "9.000002", "Trùng mã", "Hộ tịch", "Cấp xã", "1", "Ngày", "0", "" });

		Http.Response report = admin.postFile("/api/v1/procedures/import?effectiveFrom=2026-12-01", "loi.xlsx", file);

		assertThat(report.status()).isEqualTo(400);
		List<Integer> rows = report.json("$.errors[*].row");
		assertThat(rows).contains(3, 4).doesNotContain(2);
		List<String> messages = report.json("$.errors[*].message");
		assertThat(messages).anyMatch(m -> m.contains("Mã thủ tục")).anyMatch(m -> m.contains("Cấp thực hiện"))
			.anyMatch(m -> m.contains("Đơn vị thời hạn")).anyMatch(m -> m.contains("đã có ở dòng 2"));
		assertThat(admin.get("/api/v1/procedures/9.000002?date=2026-12-01").status()).isEqualTo(404);
		assertThat(Http.basic(this.port, "tiepnhan", PASSWORD)
			.postFile("/api/v1/procedures/import?effectiveFrom=2026-12-01", "x.xlsx", file)
			.status()).isEqualTo(403);
	}

	@Test
	void anAgencyMayHaveItsOwnInternalProcessWhichItsNewDossiersFollow() {
		Http admin = Http.basic(this.port, "admin", PASSWORD);
		String ownProcess = """
				[{"position":1,"name":"Tiếp nhận và chuyển hồ sơ","role":"COMMUNE_OFFICER","shareHours":1,"interAgency":false},
				 {"position":2,"name":"Công chức tư pháp thẩm định","role":"COMMUNE_OFFICER","shareHours":6,"interAgency":false},
				 {"position":3,"name":"Chủ tịch ký","role":"LEADER","shareHours":2,"interAgency":false}]""";

		Http.Response defined = admin.putJson("/api/v1/procedures/2.001406/process?agency=000.41.00.H56", ownProcess);
		assertThat(defined.status()).as(defined.body()).isEqualTo(200);
		List<String> names = admin.get("/api/v1/procedures/2.001406/process?agency=000.41.00.H56").json("$[*].name");
		assertThat(names).containsExactly("Tiếp nhận và chuyển hồ sơ", "Công chức tư pháp thẩm định", "Chủ tịch ký");
		List<String> otherAgency = admin.get("/api/v1/procedures/2.001406/process?agency=000.42.00.H56").json("$[*].name");
		assertThat(otherAgency).hasSize(4).doesNotContain("Chủ tịch ký");
		Http.Response dossier = Http.basic(this.port, "xa.phuluong", PASSWORD).postJson("/api/v1/dossiers", """
				{"procedureCode":"2.001406","agencyCode":"000.41.00.H56","channel":"DIRECT",
				 "applicant":{"fullName":"Trần Văn Thừa Kế"}}""");
		List<String> steps = dossier.json("$.steps[*].name");
		assertThat(steps).containsExactly("Tiếp nhận và chuyển hồ sơ", "Công chức tư pháp thẩm định", "Chủ tịch ký");

		Http.Response broken = admin.putJson("/api/v1/procedures/2.001406/process?agency=000.41.00.H56",
				"[{\"position\":2,\"name\":\"Sai\",\"role\":\"ADMIN\",\"shareHours\":0,\"interAgency\":false}]");
		assertThat(broken.status()).isEqualTo(400);
		assertThat(broken.<String>json("$.code")).isEqualTo("process-invalid");
		assertThat(Http.basic(this.port, "quantri.phuluong", PASSWORD)
			.putJson("/api/v1/procedures/2.001406/process?agency=000.41.00.H56", ownProcess)
			.<String>json("$.code")).isEqualTo("out-of-scope");
	}

	@Test
	void anAdministratorEntersANewVersionByHandAndBadInputIsExplained() {
		Http browser = Http.session(this.port, "admin", PASSWORD);
		String page = "/quan-tri/thu-tuc/2.000908";
		assertThat(browser.get(page).text()).contains("Cấp bản sao từ sổ gốc", "Các phiên bản");

		Http.Response refused = browser.submitForm(page, page, fields("name", "", "field", "Chứng thực",
				"level", "COMMUNE", "timeLimit", "1", "timeUnit", "WORKING_DAYS", "feeVnd", "-5", "feeNote", "",
				"onlineLevel", "FULL_ONLINE", "legalBasis", "", "documents", "", "effectiveFrom", "2026-12-15"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Vui lòng nhập thông tin này.", "Phí, lệ phí không được âm.");

		Http.Response saved = browser.submitForm(page, page, fields("name", "Cấp bản sao từ sổ gốc",
				"field", "Chứng thực", "level", "COMMUNE", "timeLimit", "1", "timeUnit", "WORKING_DAYS", "feeVnd", "0",
				"feeNote", "", "onlineLevel", "FULL_ONLINE", "legalBasis", "Nghị định 23/2015/NĐ-CP",
				"documents", "Đơn đề nghị (bản chính)\nGiấy tờ tùy thân (bản sao)", "effectiveFrom", "2026-12-15"));
		assertThat(saved.status()).isEqualTo(302);
		Http.Response after = Http.basic(this.port, "admin", PASSWORD).get("/api/v1/procedures/2.000908?date=2026-12-15");
		assertThat(after.<String>json("$.timeUnit")).isEqualTo("WORKING_DAYS");
		List<Integer> originals = after.json("$.documents[*].originals");
		assertThat(originals).containsExactly(1, 0);
		assertThat(Http.basic(this.port, "admin", PASSWORD).get("/api/v1/procedures/2.000908?date=2026-12-14")
			.<String>json("$.timeUnit")).isEqualTo("SAME_DAY");
	}

	private static Map<String, String> fields(String... keysAndValues) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			fields.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return fields;
	}

	@Test
	void anAdministratorEditsAnAgencysProcessOnItsPage() {
		Http browser = Http.session(this.port, "admin", PASSWORD);
		String page = "/quan-tri/thu-tuc/2.000884/quy-trinh?agency=000.42.00.H56";
		assertThat(browser.get(page).text()).contains("Quy trình nội bộ", "Ủy ban nhân dân xã Vô Tranh");

		Http.Response saved = browser.submitForm(page, page, fields("name", "Tiếp nhận", "role", "COMMUNE_OFFICER",
				"hours", "1", "actingAgency", ""));
		assertThat(saved.status()).isEqualTo(302);
		List<String> names = Http.basic(this.port, "admin", PASSWORD)
			.get("/api/v1/procedures/2.000884/process?agency=000.42.00.H56")
			.json("$[*].name");
		assertThat(names).containsExactly("Tiếp nhận");

		Http.Response refused = browser.submitForm(page, page, fields("name", "Thẩm định", "role", "SPECIALIST",
				"hours", "không rõ", "actingAgency", ""));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("Quy trình nội bộ không hợp lệ ở bước 1", "Thẩm định");
	}

}
