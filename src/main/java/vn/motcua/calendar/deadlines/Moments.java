package vn.motcua.calendar.deadlines;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import vn.motcua.calendar.ClockStopPeriod;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/** Moments as the API's query parameters write them; a parameter that is none is a {@code bad-parameter}. */
final class Moments {

	private final ZoneId zone;

	Moments(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * @param text ISO-8601 with offset ({@code 2025-04-25T16:00:00+07:00}) or local time in
	 * Viet Nam ({@code 2025-04-25T16:00}).
	 */
	Instant instant(String text, String parameter) {
		// an unencoded '+' of the offset arrives as a space
		String iso = text.strip().replace(' ', '+');
		try {
			return OffsetDateTime.parse(iso).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(iso).atZone(this.zone).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new DomainException(Kind.INVALID, "bad-parameter", parameter);
			}
		}
	}

	/** @param period {@code stoppedAt/resumedAt}, the end left empty while the clock stands still. */
	ClockStopPeriod clockStop(String period) {
		int slash = period.indexOf('/');
		if (slash < 0) {
			throw new DomainException(Kind.INVALID, "bad-parameter", "stop");
		}
		String resumed = period.substring(slash + 1).strip();
		return new ClockStopPeriod(instant(period.substring(0, slash), "stop"),
				resumed.isEmpty() ? null : instant(resumed, "stop"));
	}

}
