package vn.motcua.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search: lower case, diacritics removed, {@code đ} as {@code d}, runs
 * of white space collapsed: «Xã Động Đạt» and «xa dong dat» fold to the same string.
 */
public final class TextFolding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private TextFolding() {
	}

	/**
	 * @param text must not be {@literal null}.
	 * @return the folded text, never {@literal null}.
	 */
	public static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace('đ', 'd');
		String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		return SPACES.matcher(stripped).replaceAll(" ").strip();
	}

	/**
	 * Vietnamese without its diacritics, case kept: «Thiếu Giấy tờ» → «Thieu Giay to». For text
	 * messages, which the GSM alphabet carries 160 characters a segment, but only 70 once one
	 * character needs Unicode.
	 * @param text must not be {@literal null}.
	 */
	public static String plain(String text) {
		String letters = text.replace('đ', 'd').replace('Đ', 'D');
		return MARKS.matcher(Normalizer.normalize(letters, Normalizer.Form.NFD)).replaceAll("");
	}

}
