package vn.motcua.dossier.forms;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reports as Excel: counts become numbers that sum, a phone number keeps its leading zero. */
class TabularUnitTests {

	@Test
	void wholeNumbersAreNumbersAndPhonesStayText() throws Exception {
		Tabular table = new Tabular("BÁO CÁO", "Xã Phú Lương", "Bao cao", new float[] { 1, 1, 1 },
				new String[] { "Số hồ sơ", "Điện thoại", "Ghi chú" }, List.<String[]>of(new String[] { "12", "0912345678", "Đúng hạn" }));

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(table.xlsx()))) {
			var row = workbook.getSheetAt(0).getRow(4);
			assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(12);
			assertThat(row.getCell(1).getStringCellValue()).isEqualTo("0912345678");
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("Đúng hạn");
			assertThat(workbook.getSheetAt(0).getRow(3).getCell(1).getStringCellValue()).isEqualTo("Điện thoại");
		}
		assertThat(new String(table.pdf(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

}
