package vn.motcua.catalogue.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
		assertThat(roles).as("the default process of a commune since the two tiers")
			.containsExactly("RECEPTION", "SPECIALIST", "LEADER", "RECEPTION");
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
	void theTemplateHasEveryColumnAndAnExampleRow() throws Exception {
		Http.Bytes template = Http.session(this.port, "admin", PASSWORD).getBytes("/quan-tri/thu-tuc/mau-nhap.xlsx");

		assertThat(template.status()).isEqualTo(200);
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
			var header = workbook.getSheetAt(0).getRow(0);
			assertThat(header.getLastCellNum()).isEqualTo((short) 17);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Mã thủ tục");
			assertThat(header.getCell(14).getStringCellValue()).isEqualTo("Yêu cầu, điều kiện");
			assertThat(header.getCell(15).getStringCellValue()).isEqualTo("Trình tự thực hiện");
			assertThat(header.getCell(16).getStringCellValue()).isEqualTo("Thời điểm tính là đã nhận");
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("2.001035");
		}
	}

	@Test
	void theCataloguePageShowsEveryErrorOfAFileItRefuses() throws Exception {
		byte[] file = excel(new String[] { "9.000003", "Thủ tục lỗi", "Hộ tịch", "Cấp thôn", "1", "Ngày làm việc", "0", "" });

		Http.Response page = Http.session(this.port, "admin", PASSWORD)
			.submitMultipart("/quan-tri/thu-tuc", "/quan-tri/thu-tuc/nhap", Map.of("effectiveFrom", "2026-12-01"), "file",
					"loi.xlsx", file);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Tệp có 1 lỗi", "Cấp thực hiện phải là Cấp tỉnh, Cấp huyện hoặc Cấp xã.");
	}

}
