package vn.motcua.dossier.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A regulated report in its official layout: the form's number top left, the reporting unit, the
 * title and period, a grouped header (cells spanning columns and rows) over a row of column
 * numbers (1), (2), …, the rows with numbers right-aligned, and the signature block — as landscape
 * A4 PDF, and as an Excel sheet with the same header (merged cells) and numeric cells.
 *
 * @param formNumber {@code Biểu số II.06a/VPCP/KSTT}.
 * @param head the header rows, each a list of cells laid out left to right in the free places.
 * @param place the place of the date line of the signature block, {@code Phú Lương}.
 * @param notes printed under the table: how the figures were counted.
 */
public record GroupedReport(String formNumber, String reportingUnit, String title, String period, float[] widths,
		List<List<Head>> head, List<String[]> rows, String place, List<String> notes) {

	/** A header cell spanning {@code colspan} columns and {@code rowspan} rows. */
	public record Head(String text, int colspan, int rowspan) {

		public static Head of(String text) {
			return new Head(text, 1, 1);
		}

	}

	public byte[] pdf() {
		return PdfKit.document(true, doc -> {
			PdfPTable top = new PdfPTable(new float[] { 1, 1 });
			top.setWidthPercentage(100);
			top.addCell(PdfKit.plain(this.formNumber, PdfKit.STRONG, Element.ALIGN_LEFT));
			top.addCell(PdfKit.plain("Đơn vị báo cáo: " + this.reportingUnit, PdfKit.TEXT, Element.ALIGN_RIGHT));
			doc.add(top);
			doc.add(PdfKit.title(this.title));
			Paragraph period = new Paragraph(this.period, PdfKit.ITALIC);
			period.setAlignment(Element.ALIGN_CENTER);
			period.setSpacingAfter(8);
			doc.add(period);
			doc.add(table());
			for (String note : this.notes) {
				doc.add(new Paragraph(note, PdfKit.SMALL));
			}
			doc.add(PdfKit.signatures(new String[] { "NGƯỜI LẬP BIỂU", this.place + ", ngày ..... tháng ..... năm ......\nTHỦ TRƯỞNG ĐƠN VỊ" },
					new String[0]));
		});
	}

	private PdfPTable table() {
		PdfPTable table = new PdfPTable(this.widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(this.head.size() + 1);
		for (List<Head> row : this.head) {
			for (Head h : row) {
				table.addCell(PdfKit.head(h.text(), h.colspan(), h.rowspan()));
			}
		}
		for (int i = 1; i <= this.widths.length; i++) {
			table.addCell(PdfKit.head("(" + i + ")", 1, 1));
		}
		PdfKit.body(table, this.rows);
		return table;
	}

	public byte[] xlsx() {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(this.formNumber.replace("Biểu số ", "").replace('/', '-'));
			XSSFFont bold = workbook.createFont();
			bold.setBold(true);
			CellStyle strong = workbook.createCellStyle();
			strong.setFont(bold);
			CellStyle centred = centred(workbook, bold);
			text(sheet, 0, this.formNumber + " — Đơn vị báo cáo: " + this.reportingUnit, strong);
			text(sheet, 1, this.title, strong);
			text(sheet, 2, this.period, null);
			int r = header(sheet, 4, centred);
			for (String[] values : this.rows) {
				Tabular.row(workbook, sheet.createRow(r++), values);
			}
			for (String note : this.notes) {
				text(sheet, ++r, note, null);
			}
			Tabular.widths(sheet, this.widths);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The header cells' style: bold, wrapped, centred both ways. */
	private static CellStyle centred(XSSFWorkbook workbook, XSSFFont bold) {
		CellStyle centred = workbook.createCellStyle();
		centred.setFont(bold);
		centred.setWrapText(true);
		centred.setAlignment(HorizontalAlignment.CENTER);
		centred.setVerticalAlignment(VerticalAlignment.CENTER);
		return centred;
	}

	private static void text(Sheet sheet, int row, String text, CellStyle style) {
		var cell = sheet.createRow(row).createCell(0);
		cell.setCellValue(text);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	/** Lays the grouped header out from {@code first}, then the column numbers; @return the next free row. */
	private int header(Sheet sheet, int first, CellStyle style) {
		boolean[][] taken = new boolean[this.head.size()][this.widths.length];
		for (int i = 0; i < this.head.size(); i++) {
			Row row = sheet.createRow(first + i);
			int c = 0;
			for (Head h : this.head.get(i)) {
				while (taken[i][c]) {
					c++;
				}
				row.createCell(c).setCellValue(h.text());
				row.getCell(c).setCellStyle(style);
				for (int dr = 0; dr < h.rowspan(); dr++) {
					for (int dc = 0; dc < h.colspan(); dc++) {
						taken[i + dr][c + dc] = true;
					}
				}
				if (h.colspan() > 1 || h.rowspan() > 1) {
					sheet.addMergedRegion(new CellRangeAddress(first + i, first + i + h.rowspan() - 1, c, c + h.colspan() - 1));
				}
				c += h.colspan();
			}
		}
		Row numbers = sheet.createRow(first + this.head.size());
		for (int c = 0; c < this.widths.length; c++) {
			numbers.createCell(c).setCellValue("(" + (c + 1) + ")");
			numbers.getCell(c).setCellStyle(style);
		}
		return first + this.head.size() + 1;
	}

}
