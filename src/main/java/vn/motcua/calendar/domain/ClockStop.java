package vn.motcua.calendar.domain;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * The time limit stood still: from the supplement request until the complete dossier came back
 * ({@code resumedAt} {@literal null} while it has not).
 */
public record ClockStop(LocalDateTime stoppedAt, @Nullable LocalDateTime resumedAt) {

	public ClockStop {
		if (resumedAt != null && resumedAt.isBefore(stoppedAt)) {
			throw new CalendarRuleViolated("clock-stop-order");
		}
	}

}
