package vn.motcua.catalogue.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jspecify.annotations.Nullable;

/** Reads the first sheet of an import file: its header, then every non-blank row as texts. */
final class ExcelSheet {

	private ExcelSheet() {
	}

	/**
	 * @param errors where a missing required column is added; then no row is read.
	 * @return the non-blank rows after the header.
	 */
	static List<ImportLine> read(InputStream excel, List<RowError> errors) throws IOException {
		try (Workbook workbook = WorkbookFactory.create(excel)) {
			Sheet sheet = workbook.getSheetAt(0);
			Map<String, Integer> columns = header(sheet.getRow(sheet.getFirstRowNum()), errors);
			List<ImportLine> lines = new ArrayList<>();
			for (int r = sheet.getFirstRowNum() + 1; errors.isEmpty() && r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row != null && !blank(row)) {
					lines.add(new ImportLine(r + 1, texts(row, columns)));
				}
			}
			return lines;
		}
	}

	private static Map<String, Integer> header(@Nullable Row row, List<RowError> errors) {
		Map<String, Integer> found = new HashMap<>();
		if (row != null) {
			DataFormatter format = new DataFormatter();
			for (Cell cell : row) {
				ImportColumns.keyOf(format.formatCellValue(cell)).ifPresent(key -> found.put(key, cell.getColumnIndex()));
			}
		}
		for (String required : ImportColumns.REQUIRED) {
			if (!found.containsKey(required)) {
				String title = ImportColumns.title(required);
				errors.add(new RowError(1, title, "Thiếu cột «" + title + "» ở dòng tiêu đề."));
			}
		}
		return found;
	}

	private static Map<String, String> texts(Row row, Map<String, Integer> columns) {
		DataFormatter format = new DataFormatter();
		Map<String, String> texts = new HashMap<>();
		columns.forEach((key, index) -> {
			Cell cell = row.getCell(index);
			texts.put(key, cell == null ? "" : format.formatCellValue(cell).strip());
		});
		return texts;
	}

	private static boolean blank(Row row) {
		DataFormatter format = new DataFormatter();
		for (Cell cell : row) {
			if (!format.formatCellValue(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

}
