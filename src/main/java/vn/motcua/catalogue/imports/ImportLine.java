package vn.motcua.catalogue.imports;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.Texts;

/**
 * A non-blank row of an import file.
 *
 * @param number the row's number as the spreadsheet shows it (the header is 1).
 * @param texts the stripped text of each column, by key.
 */
record ImportLine(int number, Map<String, String> texts) {

	/** @return the column's text, empty when the column is missing or empty. */
	String text(String key) {
		return this.texts.getOrDefault(key, "");
	}

	/** @return the column's text, {@literal null} when empty. */
	@Nullable String optional(String key) {
		return Texts.blankToNull(text(key));
	}

}
