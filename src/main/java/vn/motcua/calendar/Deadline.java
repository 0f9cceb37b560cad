package vn.motcua.calendar;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.WorkingHoursView.CountingConvention;

/**
 * When a result is due, and how that was worked out.
 *
 * @param countFrom the moment counting started: the next opening after the moment the dossier
 * counts as received.
 * @param movedBy the procedure's rule that made the dossier count as received later than it came,
 * {@literal null} when none did.
 * @param dueAt the due moment, at Viet Nam's offset; {@literal null} while a clock stop is open.
 * @param latestApologyAt the last moment to issue an apology and new appointment (one working
 * day before); {@literal null} with {@code dueAt}.
 */
public record Deadline(OffsetDateTime receivedAt, OffsetDateTime countFrom, @Nullable ReceiptRule movedBy,
		@Nullable OffsetDateTime dueAt,
		int amount, TimeLimitUnit timeUnit, Channel channel, CountingConvention convention, RuleVersion ruleVersion,
		ClockStopMode clockStopMode, @Nullable OffsetDateTime latestApologyAt) {
}
