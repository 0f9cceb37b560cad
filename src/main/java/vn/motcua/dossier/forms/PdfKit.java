package vn.motcua.dossier.forms;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.zip.Deflater;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import vn.motcua.shared.Vietnam;

/**
 * The building blocks of the legal forms: A4 pages in DejaVu Sans (every Vietnamese glyph,
 * embedded), the two-column national header, titles, lines, tables and QR codes.
 */
public final class PdfKit {

	private static final BaseFont REGULAR = font("DejaVuSans.ttf");

	private static final BaseFont BOLD = font("DejaVuSans-Bold.ttf");

	static final Font TEXT = new Font(REGULAR, 11);

	static final Font SMALL = new Font(REGULAR, 9);

	static final Font STRONG = new Font(BOLD, 11);

	static final Font TITLE = new Font(BOLD, 13);

	static final Font STRONG_SMALL_CAPS = new Font(BOLD, 10);

	static final Font ITALIC = new Font(REGULAR, 11, Font.ITALIC);

	static final Font HEAD = new Font(BOLD, 8.5f);


	private PdfKit() {
	}

	/** @return a PDF of A4 pages (landscape on request) written by {@code content}. */
	static byte[] document(boolean landscape, Consumer<Document> content) {
		var out = new ByteArrayOutputStream();
		Document document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 56, 42, 42, 42);
		PdfWriter.getInstance(document, out);
		document.open();
		content.accept(document);
		document.close();
		return out.toByteArray();
	}

	/**
	 * The header of every administrative form (Circular 01/2018, appendix): the issuing body over
	 * its office left, each over a short rule, with the number below; the national motto right,
	 * with the place-and-date line below.
	 */
	static PdfPTable nationalHeader(String parentBody, String body, String numberLine, String placeAndDate) {
		PdfPTable header = new PdfPTable(new float[] { 1.2f, 1.25f });
		header.setWidthPercentage(100);
		header.addCell(centered(new Phrase(parentBody.toUpperCase(Vietnam.LOCALE) + "\n", TEXT),
				new Phrase(body.toUpperCase(Vietnam.LOCALE), STRONG_SMALL_CAPS)));
		header.addCell(centered(new Phrase("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", STRONG_SMALL_CAPS),
				new Phrase("Độc lập - Tự do - Hạnh phúc", STRONG)));
		header.addCell(plain(numberLine, TEXT, Element.ALIGN_CENTER));
		header.addCell(plain(placeAndDate, ITALIC, Element.ALIGN_CENTER));
		return header;
	}

	private static PdfPCell centered(Phrase first, Phrase second) {
		Paragraph paragraph = new Paragraph();
		paragraph.add(first);
		paragraph.add(second);
		paragraph.add(new Phrase("\n―――――――", TEXT));
		paragraph.setAlignment(Element.ALIGN_CENTER);
		PdfPCell cell = new PdfPCell(paragraph);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		return cell;
	}

	static PdfPCell plain(String text, Font font, int alignment) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setHorizontalAlignment(alignment);
		cell.setPaddingTop(4);
		return cell;
	}

	static Paragraph title(String text) {
		Paragraph title = new Paragraph(text, TITLE);
		title.setAlignment(Element.ALIGN_CENTER);
		title.setSpacingBefore(18);
		title.setSpacingAfter(12);
		return title;
	}

	static Paragraph line(String text) {
		Paragraph line = new Paragraph(text, TEXT);
		line.setSpacingAfter(4);
		return line;
	}

	/** A line with a bold label and its value. */
	static Paragraph field(String label, String value) {
		Paragraph line = new Paragraph();
		line.add(new Phrase(label + ": ", STRONG));
		line.add(new Phrase(value, TEXT));
		line.setSpacingAfter(4);
		return line;
	}

	/** Signature blocks side by side: each a bold title, the hint, room to sign and the full name, if known. */
	static PdfPTable signatures(String[] titles, String[] names) {
		PdfPTable table = new PdfPTable(titles.length);
		table.setWidthPercentage(100);
		table.setSpacingBefore(18);
		table.setKeepTogether(true);
		for (int i = 0; i < titles.length; i++) {
			Paragraph block = new Paragraph();
			block.add(new Phrase(titles[i] + "\n", STRONG));
			block.add(new Phrase("(Ký, ghi rõ họ tên)\n\n\n\n\n", ITALIC));
			block.add(new Phrase(i < names.length ? names[i] : "", STRONG));
			PdfPCell cell = new PdfPCell(block);
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			table.addCell(cell);
		}
		return table;
	}

	static PdfPTable signatures(String... titles) {
		return signatures(titles, new String[0]);
	}

	/** A table with a bold header row and one row per entry; numbers right-aligned. */
	static PdfPTable table(float[] widths, String[] headers, Iterable<String[]> rows) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String header : headers) {
			table.addCell(head(header, 1, 1));
		}
		body(table, rows);
		return table;
	}

	/** A header cell spanning columns and rows, centred. */
	static PdfPCell head(String text, int colspan, int rowspan) {
		PdfPCell cell = new PdfPCell(new Phrase(text, HEAD));
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setColspan(colspan);
		cell.setRowspan(rowspan);
		cell.setPadding(3);
		return cell;
	}

	static void body(PdfPTable table, Iterable<String[]> rows) {
		for (String[] row : rows) {
			for (String value : row) {
				PdfPCell cell = new PdfPCell(new Phrase(value, SMALL));
				cell.setPadding(3);
				if (Numbers.isNumber(value)) {
					cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
				}
				table.addCell(cell);
			}
		}
	}

	static Image image(BufferedImage picture, float size) {
		try {
			Image image = Image.getInstance(picture, null);
			image.scaleAbsolute(size, size);
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BaseFont font(String name) {
		try (InputStream in = PdfKit.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + name)) {
			if (in == null) {
				throw new IllegalStateException("font " + name + " missing from jasperreports-fonts");
			}
			BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
			// the embedded subset is most of a form's bytes and time: the fastest deflate writes it in 2/3 of
			// the time for 5 % more bytes (a result notice: 1.8 ms and 47 KB against 2.7 ms and 45 KB)
			font.setCompressionLevel(Deflater.BEST_SPEED);
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
