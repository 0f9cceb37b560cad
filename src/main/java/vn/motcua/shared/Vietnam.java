package vn.motcua.shared;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Vietnam as code needs it: its time zone (UTC+7, no daylight saving; the injected clock runs on
 * it), its language and the way its documents write dates and times.
 */
public final class Vietnam {

	/** Asia/Ho_Chi_Minh. */
	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Vietnamese, the default language of every page, message and document. */
	public static final Locale LOCALE = Locale.forLanguageTag("vi");

	/** {@code 02/12/2026}. */
	public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** {@code 14:30 02/12/2026}, as appointments are written in messages and lists. */
	public static final DateTimeFormatter TIME_AND_DAY = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private Vietnam() {
	}

}
