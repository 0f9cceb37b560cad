package vn.motcua.dossier.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import org.jspecify.annotations.Nullable;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.ResultDelivery;
import vn.motcua.dossier.domain.HandedDocument;
import vn.motcua.dossier.forms.FormSet.Form;
import vn.motcua.dossier.processing.DossierView;
import vn.motcua.dossier.processing.DossierView.StepView;
import vn.motcua.dossier.processing.DossierView.TimelineView;
import vn.motcua.shared.Vietnam;

import static vn.motcua.dossier.forms.FormParts.at;
import static vn.motcua.dossier.forms.FormParts.brief;
import static vn.motcua.dossier.forms.FormParts.copies;
import static vn.motcua.dossier.forms.FormParts.header;
import static vn.motcua.dossier.forms.FormParts.last;
import static vn.motcua.dossier.forms.FormParts.limit;
import static vn.motcua.dossier.forms.FormParts.note;
import static vn.motcua.dossier.forms.FormParts.opening;
import static vn.motcua.dossier.forms.FormParts.timeliness;

/**
 * The legal forms of the one-stop mechanism for one dossier, of the set its receipt date calls for
 * ({@link FormSet}: Circular 01/2018/TT-VPCP, or Circular 03/2025/TT-VPCP since 01/07/2025, each
 * form labelled with its number and circular), as PDF in Vietnamese, laid out after the templates:
 * the People's Committee over its one-stop desk and the national motto, the number, place and date, the officer's name
 * under the signature. A form that does not apply yet (no supplement request, no apology) is
 * refused with {@code form-not-applicable}.
 */
public final class DossierForms {

	private final String publicUrl;

	private final Function<DossierAction, String> actionLabels;

	private final Function<String, String> officialNames;

	/**
	 * @param publicUrl the portal's address, for the QR code of the receipt.
	 * @param actionLabels the Vietnamese name of each action (from the message bundle).
	 * @param officialNames an official's full name from the login recorded on the dossier (the
	 * login itself when unknown).
	 */
	public DossierForms(String publicUrl, Function<DossierAction, String> actionLabels,
			Function<String, String> officialNames) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.actionLabels = actionLabels;
		this.officialNames = officialNames;
	}

	/** @return the address the receipt's QR code opens: the public lookup with the secret. */
	public String lookupUrl(String code, String secret) {
		return this.publicUrl + "/tra-cuu-ho-so?ma=" + code + "&k=" + secret;
	}

	/**
	 * The authority a form is issued in the name of.
	 *
	 * @param committee {@code UBND xã Phú Lương}, printed in upper case over the one-stop desk.
	 * @param place the place of the date line, {@code Phú Lương}.
	 */
	public record Issuer(String committee, String place) {

		private static final List<String> KINDS = List.of("thành phố ", "thị trấn ", "thị xã ", "phường ", "huyện ",
				"quận ", "tỉnh ", "xã ");

		/** @param unitName the administrative unit's name with its kind, {@code Xã Phú Lương}. */
		public static Issuer ofUnit(String unitName) {
			for (String kind : KINDS) {
				if (unitName.toLowerCase(Vietnam.LOCALE).startsWith(kind)) {
					// «UBND xã Phú Lương»: the kind in lower case after the abbreviation
					return new Issuer("UBND " + kind + unitName.substring(kind.length()), unitName.substring(kind.length()));
				}
			}
			return new Issuer("UBND " + unitName, unitName);
		}

	}

	/**
	 * What form 01 prints.
	 *
	 * @param handedIn the documents actually handed in at the counter; when empty, the
	 * procedure's required documents are listed instead.
	 */
	public record Receipt(DossierView dossier, ProcedureView procedure, String secret, List<HandedDocument> handedIn,
			@Nullable ResultDelivery delivery, int sets) {
	}

	/** Form 01: receipt and appointment (Giấy tiếp nhận hồ sơ và hẹn trả kết quả). */
	public byte[] receipt(Receipt r, Issuer issuer, FormSet set) {
		DossierView d = r.dossier();
		return PdfKit.document(false, doc -> {
			opening(doc, issuer, d, set.label(Form.RECEIPT), "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "TNHS",
					d.receivedAt());
			doc.add(PdfKit.field("Nội dung yêu cầu giải quyết", d.procedureName() + " (" + d.procedureCode() + ")"));
			doc.add(PdfKit.line("1. Thành phần hồ sơ nộp gồm:"));
			if (r.handedIn().isEmpty()) {
				for (ProcedureView.RequiredDocument document : r.procedure().documents()) {
					doc.add(PdfKit.line("    " + document.position() + ". " + document.name() + copies(document)));
				}
			}
			else {
				doc.add(handedIn(r.handedIn()));
			}
			doc.add(PdfKit.line("2. Số lượng hồ sơ: %02d bộ.".formatted(r.sets())));
			doc.add(PdfKit.line("3. Thời gian giải quyết hồ sơ theo quy định: " + limit(d.timeLimit(), d.timeUnit()) + "."));
			doc.add(PdfKit.line("4. Thời gian nhận hồ sơ: " + at(d.receivedAt()) + "."));
			doc.add(PdfKit.line("5. Thời gian trả kết quả giải quyết hồ sơ: " + at(d.appointment()) + "."));
			doc.add(PdfKit.line("6. Hình thức nhận kết quả: " + delivery(r.delivery(), d) + "."));
			doc.add(PdfKit.line("Tra cứu tình trạng hồ sơ: quét mã QR hoặc nhập mã hồ sơ và mã tra cứu " + r.secret()
					+ " trên Cổng thông tin."));
			doc.add(qr(lookupUrl(d.code(), r.secret())));
			doc.add(PdfKit.signatures(new String[] { "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ" },
					new String[] { d.applicant().fullName(), actorOf(d, DossierAction.RECEIVE) }));
		});
	}

	private static com.lowagie.text.pdf.PdfPTable handedIn(List<HandedDocument> documents) {
		List<String[]> rows = new ArrayList<>();
		int n = 0;
		for (HandedDocument h : documents) {
			rows.add(new String[] { String.valueOf(++n), h.name(), String.valueOf(h.originals()),
					String.valueOf(h.copies()) });
		}
		return PdfKit.table(new float[] { 0.5f, 5, 1, 1 }, new String[] { "STT", "Tên giấy tờ", "Bản chính", "Bản sao" },
				rows);
	}

	/** The return channel the applicant chose, as the receipt states it (the desk when none was recorded). */
	private static String delivery(@Nullable ResultDelivery delivery, DossierView d) {
		return switch (delivery == null ? ResultDelivery.DESK : delivery) {
			case DESK -> "nhận trực tiếp tại Bộ phận Tiếp nhận và Trả kết quả";
			case POST -> "qua dịch vụ bưu chính công ích, đến địa chỉ: "
					+ (d.applicant().address() == null ? "địa chỉ người nộp" : d.applicant().address());
			case ONLINE -> "trực tuyến, trên Cổng Dịch vụ công (tài khoản của người nộp hồ sơ)";
		};
	}

	/** Form 02: request to supplement the dossier (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ). */
	public byte[] supplementRequest(DossierView d, Issuer issuer, FormSet set) {
		TimelineView request = last(d, DossierAction.REQUEST_SUPPLEMENT);
		return PdfKit.document(false, doc -> {
			opening(doc, issuer, d, set.label(Form.SUPPLEMENT), "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "HDHS",
					request.at());
			doc.add(PdfKit.field("Nội dung yêu cầu giải quyết", d.procedureName()));
			doc.add(PdfKit.line("Sau khi xem xét, hồ sơ cần bổ sung, hoàn thiện các nội dung sau:"));
			doc.add(PdfKit.line(note(request)));
			doc.add(PdfKit.line("Lý do: hồ sơ chưa đầy đủ theo quy định. Thời hạn giải quyết được tính lại (hoặc tiếp tục) "
					+ "khi nhận đủ hồ sơ. Xin lỗi ông/bà vì sự bất tiện này."));
			doc.add(PdfKit.signatures(new String[] { "NGƯỜI HƯỚNG DẪN" }, new String[] { name(request.actor()) }));
		});
	}

	/** Form 03: refusal (Phiếu từ chối tiếp nhận, giải quyết hồ sơ; since 2025 without the comma). */
	public byte[] refusal(DossierView d, Issuer issuer, FormSet set) {
		TimelineView refusal = last(d, DossierAction.REFUSE);
		return PdfKit.document(false, doc -> {
			opening(doc, issuer, d, set.label(Form.REFUSAL), set == FormSet.CIRCULAR_01_2018
					? "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ" : "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "TCHS",
					refusal.at());
			doc.add(PdfKit.field("Nội dung yêu cầu giải quyết", d.procedureName()));
			doc.add(PdfKit.line("Cơ quan giải quyết từ chối giải quyết hồ sơ với lý do:"));
			doc.add(PdfKit.line(note(refusal)));
			doc.add(PdfKit.signatures(new String[] { "NGƯỜI KÝ" }, new String[] { name(refusal.actor()) }));
		});
	}

	/**
	 * Form 04: apology and new appointment (Phiếu xin lỗi và hẹn lại ngày trả kết quả); since 2025
	 * the apology with the proposal to extend the time of handling (Văn bản xin lỗi và đề nghị gia
	 * hạn thời gian giải quyết).
	 */
	public byte[] apology(DossierView d, Issuer issuer, FormSet set) {
		TimelineView apology = last(d, DossierAction.APOLOGISE);
		boolean extension = set == FormSet.CIRCULAR_03_2025;
		return PdfKit.document(false, doc -> {
			opening(doc, issuer, d, set.label(Form.APOLOGY), extension
					? "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT" : "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
					"XLHS", apology.at());
			doc.add(PdfKit.line("Ngày " + Vietnam.DAY.format(d.receivedAt()) + ", cơ quan tiếp nhận hồ sơ đề nghị giải quyết "
					+ d.procedureName() + " của ông/bà, hẹn trả kết quả lúc " + at(d.dueAt()) + "."));
			doc.add(PdfKit.line("Đến nay chưa giải quyết xong hồ sơ, lý do: " + note(apology)));
			doc.add(PdfKit.line(extension
					? "Cơ quan thành thật xin lỗi ông/bà, đề nghị gia hạn thời gian giải quyết và hẹn trả kết quả vào lúc "
							+ at(d.rescheduledDueAt()) + "."
					: "Cơ quan thành thật xin lỗi ông/bà và hẹn trả kết quả vào lúc " + at(d.rescheduledDueAt()) + "."));
			doc.add(PdfKit.signatures(new String[] { "THỦ TRƯỞNG CƠ QUAN" }, new String[] { name(apology.actor()) }));
		});
	}

	/** Form 05 since 2025: notice of stopping the handling (Thông báo dừng giải quyết hồ sơ), once withdrawn. */
	public byte[] stopNotice(DossierView d, Issuer issuer, FormSet set) {
		TimelineView stop = last(d, DossierAction.WITHDRAW);
		return PdfKit.document(false, doc -> {
			opening(doc, issuer, d, set.label(Form.STOP_NOTICE), "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "DGQ", stop.at());
			doc.add(PdfKit.field("Nội dung yêu cầu giải quyết", d.procedureName()));
			doc.add(PdfKit.line("Hồ sơ tiếp nhận ngày " + Vietnam.DAY.format(d.receivedAt()) + " được dừng giải quyết kể từ "
					+ at(stop.at()) + ", lý do: " + note(stop)));
			doc.add(PdfKit.line("Giấy tờ bản chính đã nộp (nếu có) được trả lại cho ông/bà tại Bộ phận Tiếp nhận và Trả kết "
					+ "quả. Ông/bà có thể nộp lại hồ sơ khi có nhu cầu."));
			doc.add(PdfKit.signatures(new String[] { "NGƯỜI THÔNG BÁO" }, new String[] { name(stop.actor()) }));
		});
	}

	/** Form 05 (06 since 2025): process control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ). */
	public byte[] controlSheet(DossierView d, Issuer issuer, FormSet set) {
		return PdfKit.document(false, doc -> {
			FormParts.formLabel(doc, set.label(Form.CONTROL_SHEET));
			header(doc, issuer, d, "", null);
			doc.add(PdfKit.title("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"));
			doc.add(FormParts.centred("Mã hồ sơ: " + d.code()));
			doc.add(PdfKit.field("Kèm theo hồ sơ của", d.applicant().fullName()));
			doc.add(PdfKit.field("Nội dung yêu cầu giải quyết", d.procedureName()));
			doc.add(PdfKit.field("Ngày nhận", at(d.receivedAt()) + "; hẹn trả: " + at(d.appointment())));
			doc.add(PdfKit.table(new float[] { 3, 3, 3, 2 },
					new String[] { "Bước xử lý", "Thời gian giao, nhận hồ sơ", "Kết quả giải quyết", "Cán bộ" }, stepRows(d)));
			doc.add(PdfKit.line(""));
			for (TimelineView entry : d.timeline()) {
				doc.add(new Paragraph(brief(entry.at()) + " — " + name(entry.actor()) + ": "
						+ this.actionLabels.apply(entry.action()) + (entry.note() == null ? "" : " (" + entry.note() + ")"),
						PdfKit.SMALL));
			}
		});
	}

	/** The control sheet's row of each step: received and due, done and how, by whom. */
	private List<String[]> stepRows(DossierView d) {
		List<String[]> rows = new ArrayList<>();
		for (StepView step : d.steps()) {
			String by = step.completedBy() != null ? step.completedBy() : step.assignee();
			rows.add(new String[] { step.position() + ". " + step.name(),
					(step.startedAt() == null ? "" : "Nhận: " + brief(step.startedAt()))
							+ (step.dueAt() == null ? "" : "\nHạn: " + brief(step.dueAt())),
					step.completedAt() == null ? "Đang xử lý"
							: "Xong: " + brief(step.completedAt()) + "\n" + timeliness(step.timeliness()),
					by == null ? "" : name(by) });
		}
		return rows;
	}

	/** The receipt's QR code of the public lookup, on the left. */
	private static Image qr(String url) {
		Image qr = PdfKit.image(QrCodes.encode(url, 300), 84);
		qr.setAlignment(Element.ALIGN_LEFT);
		return qr;
	}

	private String actorOf(DossierView d, DossierAction action) {
		for (TimelineView entry : d.timeline()) {
			if (entry.action() == action) {
				return name(entry.actor());
			}
		}
		return "";
	}

	private String name(String login) {
		return this.officialNames.apply(login);
	}

}
