package vn.motcua.dossier.forms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Form 06, the dossier log book (Sổ theo dõi hồ sơ) of a unit for a period, as PDF to print and
 * as Excel, the way officials keep it.
 */
public final class LogBook {

	static final String[] HEADERS = { "STT", "Mã hồ sơ", "Tên thủ tục hành chính", "Tên tổ chức, cá nhân",
			"Địa chỉ, số điện thoại", "Ngày nhận", "Ngày hẹn trả", "Ngày có kết quả", "Ngày trả kết quả", "Tình trạng" };

	private LogBook() {
	}

	/** One dossier in the book. */
	public record Entry(String code, String procedure, String applicant, String contact, OffsetDateTime receivedAt,
			@Nullable OffsetDateTime appointment, @Nullable OffsetDateTime resolvedAt, @Nullable OffsetDateTime returnedAt,
			String status) {
	}

	public static byte[] pdf(String unitName, LocalDate from, LocalDate to, List<Entry> entries) {
		return PdfKit.document(true, doc -> {
			doc.add(PdfKit.title("SỔ THEO DÕI HỒ SƠ"));
			doc.add(PdfKit.line(unitName + " — từ ngày " + DossierForms.DAY.format(from) + " đến ngày "
					+ DossierForms.DAY.format(to) + " (" + entries.size() + " hồ sơ)"));
			doc.add(PdfKit.table(new float[] { 0.5f, 2.2f, 3, 1.8f, 2, 1.2f, 1.2f, 1.2f, 1.2f, 1.3f }, HEADERS, rows(entries)));
		});
	}

	public static byte[] xlsx(String unitName, LocalDate from, LocalDate to, List<Entry> entries) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("So theo doi ho so");
			XSSFFont bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			sheet.createRow(0).createCell(0).setCellValue("SỔ THEO DÕI HỒ SƠ — " + unitName + " — từ "
					+ DossierForms.DAY.format(from) + " đến " + DossierForms.DAY.format(to));
			Row head = sheet.createRow(2);
			for (int i = 0; i < HEADERS.length; i++) {
				head.createCell(i).setCellValue(HEADERS[i]);
				head.getCell(i).setCellStyle(header);
			}
			int r = 3;
			for (String[] values : rows(entries)) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.length; i++) {
					row.createCell(i).setCellValue(values[i]);
				}
			}
			for (int i = 0; i < HEADERS.length; i++) {
				sheet.setColumnWidth(i, i == 2 ? 60 * 256 : 20 * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String[]> rows(List<Entry> entries) {
		List<String[]> rows = new ArrayList<>();
		int n = 0;
		for (Entry e : entries) {
			rows.add(new String[] { String.valueOf(++n), e.code(), e.procedure(), e.applicant(), e.contact(),
					day(e.receivedAt()), day(e.appointment()), day(e.resolvedAt()), day(e.returnedAt()), e.status() });
		}
		return rows;
	}

	private static String day(@Nullable OffsetDateTime moment) {
		return moment == null ? "" : DossierForms.DAY.format(moment);
	}

}
