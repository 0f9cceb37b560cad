package vn.motcua.dossier.forms;

import java.time.LocalDate;
import java.util.Objects;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.domain.BirthDeclaration;
import vn.motcua.dossier.domain.BirthDeclaration.Parent;
import vn.motcua.dossier.domain.SubmissionApplicant;
import vn.motcua.shared.Vietnam;

/**
 * The birth-registration declaration (tờ khai đăng ký khai sinh) printed from what the citizen
 * typed online: addressee, the declarant, the child's particulars, the parents', the commitment and
 * the place-and-date line. The fields are those of the Civil Status Law Art. 14.
 */
public final class BirthDeclarationForm {

	private BirthDeclarationForm() {
	}

	/**
	 * @param addressee the People's Committee or desk the declaration is sent to.
	 * @param declarant who declares (the submission's applicant).
	 * @param place the place of the place-and-date line (the commune's name).
	 * @return the declaration as a PDF.
	 */
	public static byte[] pdf(String addressee, SubmissionApplicant declarant, BirthDeclaration d, String place,
			LocalDate day) {
		return PdfKit.document(false, doc -> {
			Paragraph motto = new Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", PdfKit.STRONG);
			motto.setAlignment(Element.ALIGN_CENTER);
			doc.add(motto);
			doc.add(PdfKit.title("TỜ KHAI ĐĂNG KÝ KHAI SINH"));
			Paragraph to = new Paragraph("Kính gửi: " + addressee, PdfKit.TEXT);
			to.setAlignment(Element.ALIGN_CENTER);
			to.setSpacingAfter(10);
			doc.add(to);
			doc.add(PdfKit.field("Họ, chữ đệm, tên người yêu cầu", text(declarant.fullName())));
			doc.add(PdfKit.field("Số định danh cá nhân", text(declarant.idNumber())));
			doc.add(PdfKit.field("Nơi cư trú", text(declarant.address())));
			doc.add(PdfKit.field("Quan hệ với người được khai sinh", d.relation()));
			doc.add(PdfKit.line("Đề nghị cơ quan đăng ký khai sinh cho người dưới đây:"));
			BirthDeclaration.Person c = d.child();
			doc.add(PdfKit.field("Họ, chữ đệm, tên", c.fullName()));
			doc.add(PdfKit.field("Ngày, tháng, năm sinh", Vietnam.DAY.format(Objects.requireNonNull(c.birthDate()))));
			doc.add(PdfKit.field("Giới tính", c.sex()));
			doc.add(PdfKit.field("Dân tộc", c.ethnicity()));
			doc.add(PdfKit.field("Quốc tịch", c.nationality()));
			doc.add(PdfKit.field("Nơi sinh", c.birthPlace()));
			doc.add(PdfKit.field("Quê quán", c.homeTown()));
			parent(doc, "mẹ", d.mother());
			parent(doc, "cha", d.father());
			doc.add(PdfKit.line("Tôi cam đoan nội dung đề nghị đăng ký khai sinh trên đây là đúng sự thật, được sự thỏa "
					+ "thuận nhất trí của các bên liên quan theo quy định pháp luật. Tôi chịu hoàn toàn trách nhiệm "
					+ "trước pháp luật về nội dung cam đoan của mình."));
			Paragraph date = new Paragraph("%s, ngày %02d tháng %02d năm %d".formatted(place, day.getDayOfMonth(),
					day.getMonthValue(), day.getYear()), PdfKit.TEXT);
			date.setAlignment(Element.ALIGN_RIGHT);
			date.setSpacingBefore(12);
			doc.add(date);
			Paragraph signed = new Paragraph("NGƯỜI YÊU CẦU\n(khai và nộp trực tuyến)\n" + text(declarant.fullName()),
					PdfKit.STRONG);
			signed.setAlignment(Element.ALIGN_RIGHT);
			doc.add(signed);
		});
	}

	private static void parent(Document doc, String who, @Nullable Parent p) {
		if (p == null || p.fullName().isBlank()) {
			doc.add(PdfKit.field("Họ, chữ đệm, tên người " + who, "(không khai)"));
			return;
		}
		doc.add(PdfKit.field("Họ, chữ đệm, tên người " + who, p.fullName()));
		doc.add(PdfKit.field("Năm sinh", p.birthYear() == null ? "" : String.valueOf(p.birthYear())));
		doc.add(PdfKit.field("Dân tộc", p.ethnicity()));
		doc.add(PdfKit.field("Quốc tịch", p.nationality()));
		doc.add(PdfKit.field("Nơi cư trú", p.residence()));
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

}
