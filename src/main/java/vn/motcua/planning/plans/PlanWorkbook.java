package vn.motcua.planning.plans;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.motcua.planning.domain.WrittenDeadline;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.FieldInvalid;

/**
 * A plan's tasks as units keep them in Excel: one row per task — number, content, lead unit,
 * supporting units (separated by commas or semicolons), output, deadline. A unit is named by its code
 * or its name; a deadline is a date cell or as plans write it ({@link WrittenDeadline}).
 */
final class PlanWorkbook {

	static final List<String> TITLES = List.of("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
			"Sản phẩm", "Thời hạn hoàn thành");

	private PlanWorkbook() {
	}

	/**
	 * @param code a unit's or department's code from what a cell names (its code or its name).
	 * @throws FieldInvalid naming the row ({@code Dòng 5}) whose cell is wrong; nothing is read then.
	 */
	static List<Plan.Row> read(InputStream excel, int year, UnaryOperator<String> code) throws IOException {
		List<Plan.Row> rows = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(excel)) {
			DataFormatter format = new DataFormatter();
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String title = text(row, 1, format);
				if (title.isEmpty()) {
					continue;
				}
				String where = "Dòng " + (r + 1);
				List<String> support = Arrays.stream(text(row, 3, format).split("[,;\\n]"))
					.map(String::strip)
					.filter(s -> !s.isEmpty())
					.map(code)
					.toList();
				rows.add(new Plan.Row(title, code.apply(text(row, 2, format)), support, text(row, 4, format).isEmpty() ? null
						: text(row, 4, format), due(row == null ? null : row.getCell(5), format, year, where)));
			}
		}
		catch (IOException | RuntimeException ex) {
			// POI answers a broken workbook, an old .xls, an XML entity or a zip bomb with many kinds of exception
			if (ex instanceof DomainException rule) {
				throw rule;
			}
			throw new FieldInvalid("file", "validation.xlsx");
		}
		return rows;
	}

	private static String text(@Nullable Row row, int c, DataFormatter format) {
		return row == null || row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)).strip();
	}

	/** @throws FieldInvalid {@code where}, {@code validation.plan-deadline} when the cell is no deadline. */
	static LocalDate due(@Nullable Cell cell, DataFormatter format, int year, String where) {
		if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		String text = cell == null ? "" : format.formatCellValue(cell).strip();
		return WrittenDeadline.read(text, year).orElseThrow(() -> new FieldInvalid(where, "validation.plan-deadline", text));
	}

	/** @return the empty layout, with one example row. */
	static byte[] template() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Nhiệm vụ");
			Row head = sheet.createRow(0);
			for (int c = 0; c < TITLES.size(); c++) {
				head.createCell(c).setCellValue(TITLES.get(c));
				sheet.setColumnWidth(c, c == 1 ? 60 * 256 : 22 * 256);
			}
			Row example = sheet.createRow(1);
			List<String> cells = List.of("1", "Rà soát, công bố, công khai thủ tục hành chính", "Văn phòng HĐND và UBND", "",
					"Quyết định công bố", "Quý II/2026");
			for (int c = 0; c < cells.size(); c++) {
				example.createCell(c).setCellValue(cells.get(c));
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
