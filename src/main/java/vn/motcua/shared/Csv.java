package vn.motcua.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 4180 CSV (quoted fields, doubled quotes, commas and line breaks inside quotes), the
 * format of the seed and reference data. Rows come back keyed by the header line.
 */
public final class Csv {

	private Csv() {
	}

	/**
	 * @param in UTF-8 CSV with a header line; closed when read.
	 * @return one map per data row, header name to value (empty string when absent), in file
	 * order; never {@literal null}.
	 */
	public static List<Map<String, String>> read(InputStream in) {
		String text;
		try (in) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<List<String>> rows = parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
		List<Map<String, String>> records = new ArrayList<>();
		if (rows.isEmpty()) {
			return records;
		}
		List<String> header = rows.get(0);
		for (List<String> row : rows.subList(1, rows.size())) {
			Map<String, String> record = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				record.put(header.get(i).strip(), i < row.size() ? row.get(i).strip() : "");
			}
			records.add(record);
		}
		return records;
	}

	static List<List<String>> parse(String text) {
		Parser parser = new Parser(text);
		while (parser.hasNext()) {
			parser.next();
		}
		return parser.finish();
	}

	/** RFC 4180 fields: quoted with doubled quotes inside, rows ending in LF or CRLF, blank rows skipped. */
	private static final class Parser {

		private final String text;

		private final List<List<String>> rows = new ArrayList<>();

		private List<String> row = new ArrayList<>();

		private final StringBuilder field = new StringBuilder();

		private boolean quoted;

		private int i;

		Parser(String text) {
			this.text = text;
		}

		boolean hasNext() {
			return this.i < this.text.length();
		}

		void next() {
			char c = this.text.charAt(this.i++);
			if (this.quoted) {
				quotedChar(c);
			}
			else if (c == '"') {
				this.quoted = true;
			}
			else if (c == ',') {
				endField();
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && followedBy('\n')) {
					this.i++;
				}
				endRow();
			}
			else {
				this.field.append(c);
			}
		}

		private void quotedChar(char c) {
			if (c == '"' && followedBy('"')) {
				this.field.append('"');
				this.i++;
			}
			else if (c == '"') {
				this.quoted = false;
			}
			else {
				this.field.append(c);
			}
		}

		private boolean followedBy(char c) {
			return this.i < this.text.length() && this.text.charAt(this.i) == c;
		}

		private void endField() {
			this.row.add(this.field.toString());
			this.field.setLength(0);
		}

		private void endRow() {
			endField();
			if (!(this.row.size() == 1 && this.row.get(0).isBlank())) {
				this.rows.add(this.row);
			}
			this.row = new ArrayList<>();
		}

		List<List<String>> finish() {
			endRow();
			return this.rows;
		}

	}

}
