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
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(field.toString());
				field.setLength(0);
				addUnlessBlank(rows, row);
				row = new ArrayList<>();
			}
			else {
				field.append(c);
			}
		}
		row.add(field.toString());
		addUnlessBlank(rows, row);
		return rows;
	}

	private static void addUnlessBlank(List<List<String>> rows, List<String> row) {
		if (!(row.size() == 1 && row.get(0).isBlank())) {
			rows.add(row);
		}
	}

}
