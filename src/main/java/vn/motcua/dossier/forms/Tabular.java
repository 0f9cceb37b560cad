package vn.motcua.dossier.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A register or report as officials submit it upward: a title, a line saying whose and which
 * period, a header row and the rows — as landscape A4 PDF and as an Excel sheet. Cells that are
 * numbers ({@link Numbers}: whole, or with a decimal comma; not a phone's leading zero) are
 * right-aligned in the PDF and written to Excel as numbers, so the sheet sums.
 *
 * @param widths relative column widths, one per header.
 */
public record Tabular(String title, String subtitle, String sheetName, float[] widths, String[] headers,
		List<String[]> rows) {

	/** How many rows of a streamed workbook stay in memory. */
	static final int WINDOW = 200;


	public byte[] pdf() {
		return PdfKit.document(true, doc -> {
			doc.add(PdfKit.title(this.title));
			doc.add(PdfKit.line(this.subtitle));
			doc.add(PdfKit.table(this.widths, this.headers, this.rows));
		});
	}

	/** The workbook, streamed: only {@link #WINDOW} rows are held in memory, the rest go to a temporary file. */
	public byte[] xlsx() {
		var workbook = new SXSSFWorkbook(WINDOW);
		try (workbook; var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(this.sheetName);
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle strong = workbook.createCellStyle();
			strong.setFont(bold);
			heading(sheet, strong);
			int r = 4;
			for (String[] values : this.rows) {
				row(workbook, sheet.createRow(r++), values);
			}
			widths(sheet, this.widths);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose(); // the temporary file
		}
	}

	/** The title, the subtitle and (after a blank row) the header row. */
	private void heading(Sheet sheet, CellStyle strong) {
		sheet.createRow(0).createCell(0).setCellValue(this.title);
		sheet.getRow(0).getCell(0).setCellStyle(strong);
		sheet.createRow(1).createCell(0).setCellValue(this.subtitle);
		Row head = sheet.createRow(3);
		for (int i = 0; i < this.headers.length; i++) {
			head.createCell(i).setCellValue(this.headers[i]);
			head.getCell(i).setCellStyle(strong);
		}
	}

	/** Numbers ({@link Numbers#isNumber}) as numeric cells, comma decimals with as many digits shown. */
	static void row(Workbook workbook, Row row, String[] values) {
		for (int i = 0; i < values.length; i++) {
			if (Numbers.isNumber(values[i])) { // not "0912…": a phone keeps its zero
				var cell = row.createCell(i);
				cell.setCellValue(Numbers.parse(values[i]));
				int decimals = Numbers.decimals(values[i]);
				if (decimals > 0) {
					cell.setCellStyle(decimalStyle(workbook, "0." + "0".repeat(decimals)));
				}
			}
			else {
				row.createCell(i).setCellValue(values[i]);
			}
		}
	}

	/** One style per format, however many cells (a workbook holds at most 64,000 styles). */
	private static CellStyle decimalStyle(Workbook workbook, String format) {
		short id = workbook.createDataFormat().getFormat(format);
		for (int i = 0; i < workbook.getNumCellStyles(); i++) {
			if (workbook.getCellStyleAt(i).getDataFormat() == id) {
				return workbook.getCellStyleAt(i);
			}
		}
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(id);
		return style;
	}

	static void widths(Sheet sheet, float[] widths) {
		float total = 0;
		for (float w : widths) {
			total += w;
		}
		for (int i = 0; i < widths.length; i++) {
			sheet.setColumnWidth(i, Math.min(255, Math.round(widths[i] / total * 180)) * 256);
		}
	}

}
