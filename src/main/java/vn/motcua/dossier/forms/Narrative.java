package vn.motcua.dossier.forms;

import java.util.List;

/**
 * A written report as an administrative document (portrait A4 PDF): the national header with the
 * issuing body, a title, the text's paragraphs as typed, and the signature block of the unit's head.
 *
 * @param parentBody the body above the issuing one, {@code UBND TỈNH THÁI NGUYÊN}.
 * @param placeAndDate {@code Phú Lương, ngày 14 tháng 3 năm 2025}.
 */
public record Narrative(String parentBody, String body, String numberLine, String placeAndDate, String title,
		String text, String signer) {

	public byte[] pdf() {
		return PdfKit.document(false, doc -> {
			doc.add(PdfKit.nationalHeader(this.parentBody, this.body, this.numberLine, this.placeAndDate));
			doc.add(PdfKit.title(this.title));
			for (String paragraph : List.of(this.text.split("\\R"))) {
				doc.add(PdfKit.line(paragraph.isBlank() ? " " : paragraph));
			}
			doc.add(PdfKit.signatures(this.signer));
		});
	}

}
