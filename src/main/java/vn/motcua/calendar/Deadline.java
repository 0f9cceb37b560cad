package vn.motcua.calendar;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.WorkingHoursView.CountingConvention;

/**
 * When a result is due, and how that was worked out.
 *
 * @param countFrom the moment counting started (the next opening for a receipt outside office
 * hours or an online one in the last hour).
 * @param dueAt the due moment, at Viet Nam's offset; {@literal null} while a clock stop is open.
 * @param latestApologyAt the last moment to issue an apology and new appointment (one working
 * day before); {@literal null} with {@code dueAt}.
 */
public record Deadline(OffsetDateTime receivedAt, OffsetDateTime countFrom, @Nullable OffsetDateTime dueAt,
		int amount, TimeLimitUnit timeUnit, Channel channel, CountingConvention convention, RuleVersion ruleVersion,
		ClockStopMode clockStopMode, @Nullable OffsetDateTime latestApologyAt) {
}
