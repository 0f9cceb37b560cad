package vn.motcua.dossier.forms;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese documents write them: a comma before the decimals ({@code 97,5}), no
 * grouping in tables. A cell that reads as such a number is right-aligned in a PDF and written
 * to Excel as a number.
 */
public final class Numbers {

	private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(,\\d{1,6})?");

	private Numbers() {
	}

	/** @return {@code value} with {@code decimals} digits after a comma, e.g. {@code 9,50}. */
	public static String decimal(double value, int decimals) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols();
		symbols.setDecimalSeparator(',');
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat(decimals == 0 ? "0" : "0." + "0".repeat(decimals), symbols);
		return format.format(value);
	}

	/** @return whether {@code text} is a whole number (not a phone's {@code 0912…}) or a comma decimal. */
	static boolean isNumber(String text) {
		return NUMBER.matcher(text).matches();
	}

	/** @return the value of a text for which {@link #isNumber} holds. */
	static double parse(String text) {
		return Double.parseDouble(text.replace(',', '.'));
	}

	/** @return the digits after the comma, 0 for a whole number. */
	static int decimals(String text) {
		int comma = text.indexOf(',');
		return comma < 0 ? 0 : text.length() - comma - 1;
	}

}
