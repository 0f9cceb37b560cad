package vn.motcua.catalogue.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;

/**
 * Lays out a sample declaration (tờ khai) on an A4 page from its text description, one element a
 * line: {@code = TITLE}, {@code ~ centred note}, {@code - Label} (a label followed by a dotted line to
 * fill in), {@code | a | b | c} (table rows, the first one the header), {@code > right-hand block}
 * (place, date, signature), {@code * footnote}; any other line is a paragraph, an empty one a space.
 * Fonts: DejaVu Sans, every Vietnamese glyph, embedded.
 */
final class SampleFormPdf {

	private static final BaseFont REGULAR = font("DejaVuSans.ttf");

	private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");

	private static final BaseFont ITALIC = font("DejaVuSans-Oblique.ttf");

	private SampleFormPdf() {
	}

	static byte[] render(String description) {
		var out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 62, 48, 40, 40);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", new Font(BOLD, 11)));
		document.add(centred("Độc lập - Tự do - Hạnh phúc", new Font(BOLD, 11)));
		document.add(centred("―――――――――――", new Font(REGULAR, 8)));
		PdfPTable table = null;
		for (String line : description.lines().toList()) {
			if (line.startsWith("|")) {
				table = row(table, line, document);
				continue;
			}
			if (table != null) {
				document.add(table);
				table = null;
			}
			document.add(element(line));
		}
		if (table != null) {
			document.add(table);
		}
		document.close();
		return out.toByteArray();
	}

	private static Element element(String line) {
		String text = line.length() > 1 ? line.substring(2) : "";
		return switch (line.isEmpty() ? ' ' : line.charAt(0)) {
			case '=' -> spaced(centred(text, new Font(BOLD, 13)), 10);
			case '~' -> centred(text, new Font(ITALIC, 9));
			case '-' -> field(text);
			case '>' -> right(text);
			case '*' -> paragraph(text, new Font(ITALIC, 8));
			case ' ' -> spaced(new Paragraph(" ", new Font(REGULAR, 4)), 0);
			default -> paragraph(line, new Font(REGULAR, 11));
		};
	}

	private static Paragraph field(String label) {
		Paragraph p = new Paragraph(label + " ", new Font(REGULAR, 11));
		DottedLineSeparator dots = new DottedLineSeparator();
		dots.setGap(2.5f);
		dots.setOffset(-2);
		p.add(new Chunk(dots));
		p.setSpacingBefore(3);
		return p;
	}

	private static PdfPTable row(PdfPTable table, String line, Document document) {
		String[] cells = line.substring(1).split("\\|", -1);
		boolean header = table == null;
		PdfPTable t = table != null ? table : new PdfPTable(cells.length);
		if (header) {
			t.setWidthPercentage(100);
			t.setSpacingBefore(6);
		}
		for (String cell : cells) {
			PdfPCell c = new PdfPCell(new Phrase(cell.strip(), new Font(header ? BOLD : REGULAR, 10)));
			c.setMinimumHeight(header ? 16 : 22);
			c.setPadding(4);
			t.addCell(c);
		}
		return t;
	}

	private static PdfPTable right(String text) {
		PdfPTable t = new PdfPTable(new float[] { 1, 1.1f });
		t.setWidthPercentage(100);
		t.setSpacingBefore(8);
		t.addCell(blankCell(new Phrase("")));
		String[] parts = text.split(" // ");
		Phrase phrase = new Phrase();
		for (int i = 0; i < parts.length; i++) {
			phrase.add(new Chunk((i == 0 ? "" : "\n") + parts[i], new Font(i == 1 ? BOLD : i > 1 ? ITALIC : REGULAR, 10)));
		}
		PdfPCell cell = blankCell(phrase);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		t.addCell(cell);
		return t;
	}

	private static PdfPCell blankCell(Phrase phrase) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setBorder(0);
		return cell;
	}

	private static Paragraph centred(String text, Font font) {
		Paragraph p = new Paragraph(text, font);
		p.setAlignment(Element.ALIGN_CENTER);
		return p;
	}

	private static Paragraph paragraph(String text, Font font) {
		Paragraph p = new Paragraph(text, font);
		p.setAlignment(Element.ALIGN_JUSTIFIED);
		p.setSpacingBefore(3);
		return p;
	}

	private static Paragraph spaced(Paragraph p, float before) {
		p.setSpacingBefore(before);
		p.setSpacingAfter(before / 2);
		return p;
	}

	private static BaseFont font(String name) {
		try (InputStream in = SampleFormPdf.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + name)) {
			if (in == null) {
				throw new IllegalStateException("font " + name + " missing from jasperreports-fonts");
			}
			return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
