package vn.motcua.dossier.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.domain.HandedDocument;
import vn.motcua.dossier.processing.DossierView;
import vn.motcua.dossier.processing.DossierView.StepView;
import vn.motcua.dossier.processing.DossierView.TimelineView;
import vn.motcua.shared.Vietnam;

import static vn.motcua.dossier.forms.FormParts.MOMENT;
import static vn.motcua.dossier.forms.FormParts.at;
import static vn.motcua.dossier.forms.FormParts.copies;
import static vn.motcua.dossier.forms.FormParts.header;
import static vn.motcua.dossier.forms.FormParts.last;
import static vn.motcua.dossier.forms.FormParts.limit;
import static vn.motcua.dossier.forms.FormParts.note;
import static vn.motcua.dossier.forms.FormParts.opening;
import static vn.motcua.dossier.forms.FormParts.timeliness;

/**
 * The legal forms of the one-stop mechanism (Circular 01/2018, forms 01–05) for one dossier, as
 * PDF in Vietnamese. A form that does not apply yet (no supplement request, no apology) is
 * refused with {@code form-not-applicable}.
 */
public final class DossierForms {

	private final String publicUrl;

	private final Function<DossierAction, String> actionLabels;

	/**
	 * @param publicUrl the portal's address, for the QR code of the receipt.
	 * @param actionLabels the Vietnamese name of each action (from the message bundle).
	 */
	public DossierForms(String publicUrl, Function<DossierAction, String> actionLabels) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.actionLabels = actionLabels;
	}

	/** @return the address the receipt's QR code opens: the public lookup with the secret. */
	public String lookupUrl(String code, String secret) {
		return this.publicUrl + "/tra-cuu-ho-so?ma=" + code + "&k=" + secret;
	}

	/** Form 01: receipt and appointment (Giấy tiếp nhận hồ sơ và hẹn trả kết quả). */
	public byte[] receipt(DossierView d, ProcedureView procedure, String agencyName, String secret) {
		return receipt(d, procedure, agencyName, secret, List.of());
	}

	/**
	 * Form 01 listing the documents actually handed in, with their originals and copies; the
	 * procedure's required documents when none were recorded.
	 */
	public byte[] receipt(DossierView d, ProcedureView procedure, String agencyName, String secret,
			List<HandedDocument> handedIn) {
		return PdfKit.document(false, doc -> {
			opening(doc, agencyName, d, "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
			doc.add(PdfKit.field("Nội dung yêu cầu giải quyết", d.procedureName() + " (" + d.procedureCode() + ")"));
			doc.add(PdfKit.line("1. Thành phần hồ sơ nộp gồm:"));
			if (handedIn.isEmpty()) {
				for (ProcedureView.RequiredDocument document : procedure.documents()) {
					doc.add(PdfKit.line("    " + document.position() + ". " + document.name() + copies(document)));
				}
			}
			int n = 0;
			for (HandedDocument handed : handedIn) {
				doc.add(PdfKit.line("    " + (++n) + ". " + handed.name() + ": " + handed.originals() + " bản chính, "
						+ handed.copies() + " bản sao."));
			}
			doc.add(PdfKit.line("2. Số lượng hồ sơ: 01 bộ."));
			doc.add(PdfKit.line("3. Thời gian giải quyết hồ sơ theo quy định: " + limit(d.timeLimit(), d.timeUnit()) + "."));
			doc.add(PdfKit.line("4. Thời gian nhận hồ sơ: " + MOMENT.format(d.receivedAt()) + "."));
			doc.add(PdfKit.line("5. Thời gian trả kết quả giải quyết hồ sơ: " + at(d.appointment()) + "."));
			doc.add(PdfKit.line("6. Nhận kết quả tại Bộ phận Tiếp nhận và Trả kết quả, hoặc theo hình thức đã đăng ký."));
			doc.add(PdfKit.line("Tra cứu tình trạng hồ sơ: quét mã QR hoặc nhập mã hồ sơ và mã tra cứu " + secret
					+ " trên Cổng thông tin."));
			Image qr = PdfKit.image(QrCodes.encode(lookupUrl(d.code(), secret), 300), 96);
			qr.setAlignment(Element.ALIGN_LEFT);
			doc.add(qr);
			doc.add(PdfKit.signatures("NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ"));
		});
	}

	/** Form 02: request to supplement the dossier (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ). */
	public byte[] supplementRequest(DossierView d, String agencyName) {
		TimelineView request = last(d, DossierAction.REQUEST_SUPPLEMENT);
		return PdfKit.document(false, doc -> {
			opening(doc, agencyName, d, "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ");
			doc.add(PdfKit.field("Nội dung yêu cầu giải quyết", d.procedureName()));
			doc.add(PdfKit.line("Sau khi xem xét, hồ sơ cần bổ sung, hoàn thiện các nội dung sau:"));
			doc.add(PdfKit.line(note(request)));
			doc.add(PdfKit.line("Lý do: hồ sơ chưa đầy đủ theo quy định. Thời hạn giải quyết được tính lại (hoặc tiếp tục) "
					+ "khi nhận đủ hồ sơ. Xin lỗi ông/bà vì sự bất tiện này."));
			doc.add(PdfKit.field("Ngày yêu cầu", Vietnam.DAY.format(request.at())));
			doc.add(PdfKit.signatures("NGƯỜI HƯỚNG DẪN"));
		});
	}

	/** Form 03: refusal (Phiếu từ chối tiếp nhận, giải quyết hồ sơ). */
	public byte[] refusal(DossierView d, String agencyName) {
		TimelineView refusal = last(d, DossierAction.REFUSE);
		return PdfKit.document(false, doc -> {
			opening(doc, agencyName, d, "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ");
			doc.add(PdfKit.field("Nội dung yêu cầu giải quyết", d.procedureName()));
			doc.add(PdfKit.line("Cơ quan giải quyết từ chối giải quyết hồ sơ với lý do:"));
			doc.add(PdfKit.line(note(refusal)));
			doc.add(PdfKit.field("Ngày", Vietnam.DAY.format(refusal.at())));
			doc.add(PdfKit.signatures("NGƯỜI KÝ"));
		});
	}

	/** Form 04: apology and new appointment (Phiếu xin lỗi và hẹn lại ngày trả kết quả). */
	public byte[] apology(DossierView d, String agencyName) {
		TimelineView apology = last(d, DossierAction.APOLOGISE);
		return PdfKit.document(false, doc -> {
			opening(doc, agencyName, d, "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
			doc.add(PdfKit.line("Ngày " + Vietnam.DAY.format(d.receivedAt()) + ", cơ quan tiếp nhận hồ sơ đề nghị giải quyết "
					+ d.procedureName() + " của ông/bà, hẹn trả kết quả lúc " + at(d.dueAt()) + "."));
			doc.add(PdfKit.line("Đến nay chưa giải quyết xong hồ sơ, lý do: " + note(apology)));
			doc.add(PdfKit.line("Cơ quan thành thật xin lỗi ông/bà và hẹn trả kết quả vào lúc " + at(d.rescheduledDueAt())
					+ "."));
			doc.add(PdfKit.signatures("THỦ TRƯỞNG CƠ QUAN"));
		});
	}

	/** Form 05: process control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ). */
	public byte[] controlSheet(DossierView d, String agencyName) {
		return PdfKit.document(false, doc -> {
			header(doc, agencyName, d);
			doc.add(PdfKit.title("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"));
			doc.add(PdfKit.field("Kèm theo hồ sơ của", d.applicant().fullName()));
			doc.add(PdfKit.field("Nội dung yêu cầu giải quyết", d.procedureName()));
			doc.add(PdfKit.field("Ngày nhận", MOMENT.format(d.receivedAt()) + "; hẹn trả: " + at(d.appointment())));
			List<String[]> rows = new ArrayList<>();
			for (StepView step : d.steps()) {
				rows.add(new String[] { step.position() + ". " + step.name(),
						(step.startedAt() == null ? "" : "Nhận: " + at(step.startedAt()))
								+ (step.dueAt() == null ? "" : "\nHạn: " + at(step.dueAt())),
						step.completedAt() == null ? "Đang xử lý" : "Xong: " + at(step.completedAt()) + "\n" + timeliness(step.timeliness()),
						(step.completedBy() != null ? step.completedBy() : step.assignee() == null ? "" : step.assignee()) });
			}
			doc.add(PdfKit.table(new float[] { 3, 3, 3, 1.6f },
					new String[] { "Bước xử lý", "Thời gian giao, nhận hồ sơ", "Kết quả giải quyết", "Cán bộ" }, rows));
			doc.add(PdfKit.line(""));
			for (TimelineView entry : d.timeline()) {
				doc.add(new Paragraph(Vietnam.DAY.format(entry.at()) + " " + entry.at().toLocalTime() + " — "
						+ entry.actor() + ": " + this.actionLabels.apply(entry.action()) + (entry.note() == null ? "" : " (" + entry.note() + ")"),
						PdfKit.SMALL));
			}
		});
	}

}
