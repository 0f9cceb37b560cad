package vn.motcua.planning.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.shared.TextFolding;

/**
 * A deadline as plans write it: a date ({@code 30/6/2026}), a month ({@code Tháng 6/2026}, its last
 * day), a quarter ({@code Quý II/2026}, its last day), or {@code Thường xuyên} (ongoing: by the end of
 * the plan's year). Read without regard to case or diacritics.
 */
public final class WrittenDeadline {

	private static final Pattern MONTH = Pattern.compile("thang\\s*(\\d{1,2})\\s*/\\s*(\\d{4})");

	private static final Pattern QUARTER = Pattern.compile("quy\\s*(i{1,3}|iv|[1-4])\\s*/\\s*(\\d{4})");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

	private WrittenDeadline() {
	}

	/** @return the last day the text allows, empty when it is no deadline. */
	public static Optional<LocalDate> read(String text, int planYear) {
		String folded = TextFolding.fold(text).toLowerCase(Locale.ROOT).strip();
		if (folded.equals("thuong xuyen")) {
			return Optional.of(LocalDate.of(planYear, 12, 31));
		}
		Matcher month = MONTH.matcher(folded);
		if (month.matches()) {
			int m = Integer.parseInt(month.group(1));
			return m < 1 || m > 12 ? Optional.empty()
					: Optional.of(YearMonth.of(Integer.parseInt(month.group(2)), m).atEndOfMonth());
		}
		Matcher quarter = QUARTER.matcher(folded);
		if (quarter.matches()) {
			int q = switch (quarter.group(1)) {
				case "i", "1" -> 1;
				case "ii", "2" -> 2;
				case "iii", "3" -> 3;
				default -> 4;
			};
			return Optional.of(YearMonth.of(Integer.parseInt(quarter.group(2)), q * 3).atEndOfMonth());
		}
		try {
			return Optional.of(LocalDate.parse(folded, DAY));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
