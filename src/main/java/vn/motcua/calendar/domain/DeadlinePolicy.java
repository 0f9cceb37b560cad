package vn.motcua.calendar.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.motcua.calendar.Channel;
import vn.motcua.calendar.ClockStopMode;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.calendar.WorkingHoursView.CountingConvention;

/**
 * When a result is due (RULES.md §4): from the moment a dossier counts as received under its
 * procedure's {@link ReceiptRule}s, a time limit in working days, calendar days, working hours or
 * same day, under the unit's counting convention, moved by clock stops.
 */
public final class DeadlinePolicy {

	private final WorkingTime time;

	public DeadlinePolicy(WorkingTime time) {
		this.time = time;
	}

	/**
	 * The moment a dossier counts as received: when it came, unless one of the procedure's
	 * {@link ReceiptRule}s moves it to the next opening or the next working day.
	 */
	public LocalDateTime deemedReceived(LocalDateTime received, Channel channel, Set<ReceiptRule> rules) {
		return movedBy(received, channel, rules)
			.map(rule -> rule == ReceiptRule.ONLINE_AFTER_HOURS_NEXT_OPENING ? this.time.atOrAfter(received)
					: this.time.opening(this.time.nextWorkingDay(received.toLocalDate())))
			.orElse(received);
	}

	/** @return the rule of {@code rules} that moves the receipt, if any. */
	public Optional<ReceiptRule> movedBy(LocalDateTime received, Channel channel, Set<ReceiptRule> rules) {
		return rules.stream().filter(rule -> applies(rule, received, channel)).findFirst();
	}

	private boolean applies(ReceiptRule rule, LocalDateTime received, Channel channel) {
		LocalDate day = received.toLocalDate();
		return switch (rule) {
			case AFTER_15H_NEXT_DAY -> this.time.isWorkingDay(day) && !received.toLocalTime().isBefore(ReceiptRule.CUT_OFF);
			case ONLINE_AFTER_HOURS_NEXT_OPENING -> channel == Channel.ONLINE && !this.time.atOrAfter(received).equals(received);
			case ONLINE_LAST_HOUR_NEXT_DAY -> channel == Channel.ONLINE && this.time.isWorkingDay(day)
					&& !received.isBefore(this.time.closing(day).minus(ReceiptRule.LAST_HOUR));
			case NO_RECEIPT_UNLESS_ASKED -> false;
		};
	}

	/** The moment counting starts: the next opening at or after the moment the dossier counts as received. */
	public LocalDateTime countFrom(LocalDateTime received, Channel channel, Set<ReceiptRule> rules) {
		return this.time.atOrAfter(deemedReceived(received, channel, rules));
	}

	/**
	 * @return when the result is due, for a dossier received at {@code received}. A period in days
	 * starts the day after the day of receipt (Civil Code 2015 Art. 147.1): the day the dossier
	 * counts as received, even outside office hours or on a day off — never the next opening's,
	 * which would start the period a second day late.
	 */
	public LocalDateTime dueAt(LocalDateTime received, int amount, TimeLimitUnit unit, Channel channel,
			Set<ReceiptRule> rules) {
		if (amount < 0) {
			throw new CalendarRuleViolated("negative-time-limit");
		}
		LocalDateTime deemed = deemedReceived(received, channel, rules);
		LocalDateTime start = this.time.atOrAfter(deemed);
		LocalDate day = start.toLocalDate();
		LocalDate receipt = deemed.toLocalDate();
		return switch (unit) {
			case SAME_DAY -> this.time.closing(day);
			case WORKING_DAYS -> this.time.hours().convention() == CountingConvention.CIVIL_CODE || amount == 0
					? this.time.closing(amount == 0 ? day : this.time.plusWorkingDays(receipt, amount))
					: this.time.plus(start, this.time.hours().fullDay().multipliedBy(amount));
			case CALENDAR_DAYS -> {
				LocalDate end = receipt.plusDays(amount);
				yield this.time.closing(this.time.isWorkingDay(end) ? end : this.time.nextWorkingDay(end));
			}
			case WORKING_HOURS -> this.time.plus(start, Duration.ofHours(amount));
		};
	}

	/**
	 * @param stops in any order; none may overlap.
	 * @return when the result is due after the clock stops, or empty while the clock stands
	 * still (a stop not yet resumed).
	 */
	public Optional<LocalDateTime> dueAt(LocalDateTime received, int amount, TimeLimitUnit unit, Channel channel,
			Set<ReceiptRule> rules, List<ClockStop> stops, ClockStopMode mode) {
		List<ClockStop> ordered = stops.stream().sorted((a, b) -> a.stoppedAt().compareTo(b.stoppedAt())).toList();
		LocalDateTime previousEnd = received;
		for (ClockStop stop : ordered) {
			if (stop.stoppedAt().isBefore(previousEnd)) {
				throw new CalendarRuleViolated("clock-stop-order");
			}
			if (stop.resumedAt() == null) {
				return Optional.empty();
			}
			previousEnd = stop.resumedAt();
		}
		if (ordered.isEmpty()) {
			return Optional.of(dueAt(received, amount, unit, channel, rules));
		}
		if (mode == ClockStopMode.RESTART) {
			return Optional.of(dueAt(ordered.get(ordered.size() - 1).resumedAt(), amount, unit, channel, rules));
		}
		LocalDateTime due = dueAt(received, amount, unit, channel, rules);
		for (ClockStop stop : ordered) {
			due = this.time.plus(due, this.time.between(stop.stoppedAt(), stop.resumedAt()));
		}
		return Optional.of(due);
	}

	/** @return the latest moment to issue an apology and new appointment: one working day before. */
	public LocalDateTime latestApology(LocalDateTime dueAt) {
		LocalDate day = dueAt.toLocalDate().minusDays(1);
		while (!this.time.isWorkingDay(day)) {
			day = day.minusDays(1);
		}
		return this.time.closing(day);
	}

}
