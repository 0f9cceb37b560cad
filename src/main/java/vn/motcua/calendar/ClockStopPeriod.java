package vn.motcua.calendar;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The time limit stood still from {@code stoppedAt} until {@code resumedAt} (open while {@literal null}). */
public record ClockStopPeriod(Instant stoppedAt, @Nullable Instant resumedAt) {
}
