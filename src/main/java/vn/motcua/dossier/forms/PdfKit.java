package vn.motcua.dossier.forms;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.function.Consumer;

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

	/** The header of every administrative form: the issuing body left, the national motto right. */
	static PdfPTable nationalHeader(String parentBody, String body, String codeLine) {
		PdfPTable header = new PdfPTable(new float[] { 1, 1.2f });
		header.setWidthPercentage(100);
		header.addCell(centered(parentBody.toUpperCase(Locale.ROOT) + "\n", body.toUpperCase(Locale.ROOT),
				"\n" + codeLine));
		header.addCell(centered("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", "Độc lập - Tự do - Hạnh phúc", ""));
		return header;
	}

	private static PdfPCell centered(String first, String second, String third) {
		Paragraph paragraph = new Paragraph();
		paragraph.add(new Phrase(first, STRONG));
		paragraph.add(new Phrase(second, STRONG));
		paragraph.add(new Phrase(third, SMALL));
		PdfPCell cell = new PdfPCell(paragraph);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
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

	/** Signature blocks side by side: each a bold title and an italic-like hint. */
	static PdfPTable signatures(String... titles) {
		PdfPTable table = new PdfPTable(titles.length);
		table.setWidthPercentage(100);
		table.setSpacingBefore(24);
		for (String title : titles) {
			PdfPCell cell = new PdfPCell(new Paragraph(title + "\n(Ký, ghi rõ họ tên)\n\n\n\n", STRONG));
			cell.setBorder(Rectangle.NO_BORDER);
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			table.addCell(cell);
		}
		return table;
	}

	/** A table with a bold header row and one row per entry. */
	static PdfPTable table(float[] widths, String[] headers, Iterable<String[]> rows) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String header : headers) {
			PdfPCell cell = new PdfPCell(new Phrase(header, new Font(BOLD, 9)));
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			table.addCell(cell);
		}
		for (String[] row : rows) {
			for (String value : row) {
				table.addCell(new PdfPCell(new Phrase(value, SMALL)));
			}
		}
		return table;
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
			return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
