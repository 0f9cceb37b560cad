package vn.motcua.calendar.deadlines;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.ClockStopMode;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.RuleVersion;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.calendar.WorkingHoursView.CountingConvention;

/**
 * A due date as the API shows it: {@code dueAt} {@literal null} while the clock stands still.
 *
 * @param movedBy the receipt rule that made the dossier count as received later, with its legal basis.
 */
record DueDateResponse(OffsetDateTime receivedAt, OffsetDateTime countFrom, @Nullable MovedBy movedBy,
		@Nullable OffsetDateTime dueAt,
		boolean suspended, int amount, TimeLimitUnit timeUnit, Channel channel, @Nullable String unit,
		CountingConvention convention, RuleVersion ruleVersion, ClockStopMode clockStopMode,
		@Nullable OffsetDateTime latestApologyAt) {

	static DueDateResponse of(Deadline deadline, @Nullable String unit) {
		ReceiptRule rule = deadline.movedBy();
		return new DueDateResponse(deadline.receivedAt(), deadline.countFrom(),
				rule == null ? null : new MovedBy(rule, rule.legalBasis()), deadline.dueAt(),
				deadline.dueAt() == null, deadline.amount(), deadline.timeUnit(), deadline.channel(), unit,
				deadline.convention(), deadline.ruleVersion(), deadline.clockStopMode(), deadline.latestApologyAt());
	}

	record MovedBy(ReceiptRule rule, String legalBasis) {
	}

}
