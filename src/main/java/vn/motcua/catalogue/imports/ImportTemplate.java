package vn.motcua.catalogue.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The empty import file officials download: every column's header and one example row. */
final class ImportTemplate {

	private static final String[] EXAMPLE = { "2.001035",
			"Chứng thực giao dịch liên quan đến tài sản là động sản, quyền sử dụng đất, nhà ở", "Chứng thực", "Cấp xã",
			"2", "Ngày làm việc", "50000", "Mỗi giao dịch", "Một phần",
			"Phiếu yêu cầu chứng thực (1 bản chính); Dự thảo hợp đồng (1 bản chính); Giấy tờ tùy thân (1 bản sao)",
			"Nghị định 23/2015/NĐ-CP" };

	private ImportTemplate() {
	}

	/** @return the .xlsx file. */
	static byte[] workbook() {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Thu tuc hanh chinh");
			Row header = sheet.createRow(0);
			Row example = sheet.createRow(1);
			int i = 0;
			for (String title : ImportColumns.TITLES.values()) {
				header.createCell(i).setCellValue(title);
				example.createCell(i).setCellValue(i < EXAMPLE.length ? EXAMPLE[i] : "");
				sheet.setColumnWidth(i, 24 * 256);
				i++;
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
