package vn.motcua.dossier.forms;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import vn.motcua.shared.Vietnam;

/**
 * The electronic result a dossier gets when the specialist uploaded none as PDF: the competent
 * agency's notice that the dossier was resolved, signed like any result.
 */
public final class ResultNotice {

	private ResultNotice() {
	}

	/**
	 * @param parentBody the body above the agency (the People's Committee it belongs to).
	 * @param place where it is signed (the unit's name), for the place-and-date line.
	 */
	public static byte[] pdf(String parentBody, String agency, String place, String dossierCode, String procedure,
			String applicant, Instant resolvedAt, ZoneId zone) {
		LocalDate day = LocalDate.ofInstant(resolvedAt, zone);
		return PdfKit.document(false, doc -> {
			doc.add(PdfKit.nationalHeader(parentBody, agency, "Số: " + dossierCode + "/KQ",
					place + ", ngày " + day.getDayOfMonth() + " tháng " + day.getMonthValue() + " năm " + day.getYear()));
			doc.add(PdfKit.title("THÔNG BÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"));
			doc.add(PdfKit.field("Mã hồ sơ", dossierCode));
			doc.add(PdfKit.field("Thủ tục", procedure));
			doc.add(PdfKit.field("Người nộp hồ sơ", applicant));
			doc.add(PdfKit.field("Thời điểm giải quyết xong", Vietnam.TIME_AND_DAY.format(resolvedAt.atZone(zone))));
			doc.add(PdfKit.line(agency + " thông báo hồ sơ nêu trên đã được giải quyết. Văn bản này là kết quả điện tử,"
					+ " được ký số bởi " + agency + "; tính toàn vẹn của văn bản được kiểm tra tại Cổng thông tin"
					+ " (Kiểm tra văn bản ký số)."));
		});
	}

}
