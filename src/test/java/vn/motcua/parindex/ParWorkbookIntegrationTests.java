package vn.motcua.parindex;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.motcua.Http;
import vn.motcua.MotCuaTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.MotCuaTest.PASSWORD;

/** A set exported to the published workbook layout imports back as next year's; a wrong row imports nothing. */
@MotCuaTest
class ParWorkbookIntegrationTests {

	private static final String IMPORT = "/api/v1/par/sets/import?year=2027&issuerUnit=19&units=05611,05641&name="
			+ URLEncoder.encode("Bộ chỉ số 2027 (sao chép)", StandardCharsets.UTF_8);

	@LocalServerPort
	int port;

	private Http committee() {
		return Http.basic(this.port, "caicach.thainguyen", PASSWORD);
	}

	private static byte[] edited(byte[] workbook, Consumer<Sheet> edit) throws Exception {
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); var out = new ByteArrayOutputStream()) {
			edit.accept(book.getSheetAt(0));
			book.write(out);
			return out.toByteArray();
		}
	}

	private static List<String> cells(byte[] workbook) throws Exception {
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			var format = new org.apache.poi.ss.usermodel.DataFormatter();
			List<String> cells = new java.util.ArrayList<>();
			book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.add(format.formatCellValue(cell)))));
			return cells;
		}
	}

	@Test
	void aSetExportedImportsBackAndAWrongRowImportsNothingNamingTheRow() throws Exception {
		String original = committee().postJson("/api/v1/par/sets",
				ParIndexIntegrationTests.set("Bộ chỉ số để sao chép", ParIndexIntegrationTests.CRITERIA)).json("$.id");
		Http.Bytes exported = committee().getBytes("/api/v1/par/sets/" + original + "/criteria.xlsx");
		assertThat(exported.status()).isEqualTo(200);
		int before = committee().get("/api/v1/par/sets").<List<Object>>json("$").size();

		Http.Response wrongSum = committee().postFile(IMPORT, "bo-tieu-chi.xlsx",
				edited(exported.body(), sheet -> sheet.getRow(7).getCell(2).setCellValue(25)));
		assertThat(wrongSum.status()).isEqualTo(400);
		assertThat(wrongSum.<String>json("$.errors[0].field")).isEqualTo("Dòng 6 (2)");
		assertThat(wrongSum.<String>json("$.errors[0].message")).contains("là 55, khác điểm tối đa 60");
		Http.Response wrongMethod = committee().postFile(IMPORT, "bo-tieu-chi.xlsx",
				edited(exported.body(), sheet -> sheet.getRow(2).getCell(3).setCellValue("Tự cho điểm")));
		assertThat(wrongMethod.<String>json("$.errors[0].field")).isEqualTo("Dòng 3");
		assertThat(wrongMethod.<String>json("$.errors[0].message")).startsWith("Cách chấm «Tự cho điểm» không có");
		assertThat(committee().postFile(IMPORT, "hong.xlsx", "không phải Excel".getBytes(StandardCharsets.UTF_8))
			.<String>json("$.code")).isEqualTo("par-workbook-unreadable");
		assertThat(committee().get("/api/v1/par/sets").<List<Object>>json("$")).as("nothing imported").hasSize(before);

		Http.Response copied = committee().postFile(IMPORT, "bo-tieu-chi.xlsx", exported.body());
		assertThat(copied.status()).as(copied.body()).isEqualTo(201);
		String copy = "/api/v1/par/sets/" + copied.<String>json("$.id");
		Http.Response unit = committee().get(copy + "/units/05641");
		assertThat(unit.<List<String>>json("$.leaves[*].code")).containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "4");
		assertThat(unit.<List<Double>>json("$.leaves[1].levels[*].points")).containsExactly(0.0, 5.0, 10.0);
		assertThat(cells(committee().getBytes(copy + "/criteria.xlsx").body())).as("the same workbook again")
			.isEqualTo(cells(exported.body()));
		assertThat(Http.basic(this.port, "truongphong.hopthanh", PASSWORD).getBytes(copy + "/criteria.xlsx").status())
			.as("not assessed by it").isEqualTo(404);
	}

	@Test
	void theCommitteeCreatesASetOnAPageFromAWorkbook() throws Exception {
		String original = committee().postJson("/api/v1/par/sets",
				ParIndexIntegrationTests.set("Bộ chỉ số mẫu cho trang", ParIndexIntegrationTests.CRITERIA)).json("$.id");
		byte[] workbook = committee().getBytes("/api/v1/par/sets/" + original + "/criteria.xlsx").body();
		Http page = Http.session(this.port, "caicach.thainguyen", PASSWORD);
		String form = "/quan-tri/chi-so-cchc/nhap";
		assertThat(page.get(form).text()).contains("Xã Phú Lương", "Xã Hợp Thành", "name=\"units\"");

		Http.Response wrong = page.submitMultipart(form, form, java.util.Map.of("year", "2028", "name", "Bộ sai", "units", "05632"),
				"file", "bo.xlsx", edited(workbook, sheet -> sheet.getRow(7).getCell(2).setCellValue(25)));
		assertThat(wrong.status()).isEqualTo(302);
		assertThat(page.get(form).text()).contains("Dòng 6 (2): Tổng điểm tối đa của các tiêu chí con là 55");

		Http.Response created = page.submitMultipart(form, form,
				java.util.Map.of("year", "2028", "name", "Bộ chỉ số năm 2028", "units", "05632"), "file", "bo.xlsx", workbook);
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.location()).contains("/quan-tri/chi-so-cchc/");
		assertThat(Http.basic(this.port, "truongphong.hopthanh", PASSWORD).get("/api/v1/par/sets").<List<String>>json("$[*].name"))
			.contains("Bộ chỉ số năm 2028").doesNotContain("Bộ sai");
		assertThat(Http.session(this.port, "truongphong.hopthanh", PASSWORD).get(form).status()).as("not the committee")
			.isIn(403, 404);
	}

}
