package vn.motcua.dossier.forms;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.calendar.Timeliness;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.processing.DossierView;
import vn.motcua.dossier.processing.DossierView.TimelineView;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Vietnam;

/** What the legal forms have in common: their opening, the applicant, moments, time limits and outcomes in words. */
final class FormParts {

	static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH 'giờ' mm 'phút, ngày' dd/MM/yyyy");

	private FormParts() {
	}

	static String timeliness(@Nullable Timeliness timeliness) {
		if (timeliness == null) {
			return "";
		}
		return switch (timeliness) {
			case EARLY -> "Trước hạn";
			case ON_TIME -> "Đúng hạn";
			case LATE -> "Quá hạn";
			case WITHIN_TIME -> "Trong hạn";
			case OVERDUE -> "Quá hạn";
		};
	}

	static String at(@Nullable OffsetDateTime moment) {
		return moment == null ? "(chưa xác định: đang dừng tính thời hạn)"
				: MOMENT.format(moment.atZoneSameInstant(Vietnam.ZONE));
	}

	/** {@code 09:00 06/10/2025}, for tables; empty for {@literal null}. */
	static String brief(@Nullable OffsetDateTime moment) {
		return moment == null ? "" : Vietnam.TIME_AND_DAY.format(moment.atZoneSameInstant(Vietnam.ZONE));
	}

	/** What every form addressed to the applicant starts with: header, title, the applicant. */
	static void opening(Document doc, DossierForms.Issuer issuer, DossierView d, String label, String title,
			String numberSuffix, OffsetDateTime dated) {
		formLabel(doc, label);
		header(doc, issuer, d, numberSuffix, dated);
		doc.add(PdfKit.title(title));
		doc.add(centred("Mã hồ sơ: " + d.code()));
		applicant(doc, d);
	}

	/** The form's number and circular, small at the top right ({@code Mẫu số 01 — Thông tư số …}). */
	static void formLabel(Document doc, String label) {
		Paragraph paragraph = new Paragraph(label, PdfKit.SMALL);
		paragraph.setAlignment(Element.ALIGN_RIGHT);
		doc.add(paragraph);
	}

	/**
	 * The two-column header: the unit's People's Committee over its one-stop desk, the number
	 * ({@code Số: 251006-0001/TNHS}: the dossier's day and sequence), the motto, place and date.
	 */
	static void header(Document doc, DossierForms.Issuer issuer, DossierView d, String numberSuffix,
			@Nullable OffsetDateTime dated) {
		String number = numberSuffix.isEmpty() ? "" : "Số: " + sequence(d.code()) + "/" + numberSuffix;
		doc.add(PdfKit.nationalHeader(issuer.committee(), "Bộ phận tiếp nhận và trả kết quả", number,
				dated == null ? "" : placeAndDate(issuer.place(), dated)));
	}

	/** {@code Phú Lương, ngày 06 tháng 10 năm 2025}. */
	static String placeAndDate(String place, OffsetDateTime moment) {
		var day = moment.atZoneSameInstant(Vietnam.ZONE).toLocalDate();
		return place + ", ngày " + String.format("%02d", day.getDayOfMonth()) + " tháng "
				+ String.format("%02d", day.getMonthValue()) + " năm " + day.getYear();
	}

	/** The day and sequence of a code {@code <agency>-YYMMDD-XXXX}. */
	static String sequence(String code) {
		int dash = code.indexOf('-');
		return dash < 0 ? code : code.substring(dash + 1);
	}

	static com.lowagie.text.Paragraph centred(String text) {
		com.lowagie.text.Paragraph line = PdfKit.line(text);
		line.setAlignment(com.lowagie.text.Element.ALIGN_CENTER);
		return line;
	}

	private static void applicant(Document doc, DossierView d) {
		doc.add(PdfKit.field("Tiếp nhận hồ sơ của", d.applicant().fullName()));
		Optional.ofNullable(d.applicant().idNumber()).ifPresent(v -> doc.add(PdfKit.field("Số định danh cá nhân", v)));
		Optional.ofNullable(d.applicant().address()).ifPresent(v -> doc.add(PdfKit.field("Địa chỉ", v)));
		Optional.ofNullable(d.applicant().phone()).ifPresent(v -> doc.add(PdfKit.field("Số điện thoại", v)));
		Optional.ofNullable(d.applicant().email()).ifPresent(v -> doc.add(PdfKit.field("Thư điện tử", v)));
	}

	static String copies(ProcedureView.RequiredDocument document) {
		List<String> parts = new ArrayList<>();
		if (document.originals() > 0) {
			parts.add(document.originals() + " bản chính");
		}
		if (document.certifiedCopies() > 0) {
			parts.add(document.certifiedCopies() + " bản sao chứng thực");
		}
		if (document.photocopies() > 0) {
			parts.add(document.photocopies() + " bản sao");
		}
		return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
	}

	static String limit(int amount, TimeLimitUnit unit) {
		return switch (unit) {
			case SAME_DAY -> "trong ngày";
			case WORKING_DAYS -> amount + " ngày làm việc";
			case CALENDAR_DAYS -> amount + " ngày";
			case WORKING_HOURS -> amount + " giờ làm việc";
		};
	}

	static TimelineView last(DossierView d, DossierAction action) {
		TimelineView found = null;
		for (TimelineView entry : d.timeline()) {
			if (entry.action() == action) {
				found = entry;
			}
		}
		if (found == null) {
			throw new DomainException(Kind.CONFLICT, "form-not-applicable", action);
		}
		return found;
	}

	static String note(TimelineView entry) {
		return entry.note() == null ? "" : entry.note();
	}

}
