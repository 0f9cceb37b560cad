package vn.motcua.calendar.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import vn.motcua.calendar.Channel;
import vn.motcua.calendar.ClockStopMode;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.calendar.WorkingHoursView.CountingConvention;

/**
 * When a result is due (RULES.md §4): from the moment a dossier counts as received, a time limit
 * in working days, calendar days, working hours or same day, under the unit's counting
 * convention, moved by clock stops.
 */
public final class DeadlinePolicy {

	private final WorkingTime time;

	public DeadlinePolicy(WorkingTime time) {
		this.time = time;
	}

	/**
	 * The moment counting starts: the receipt itself inside office hours; otherwise the next
	 * opening; and for an online dossier received in the last stretch before closing
	 * ({@link OfficeHours#onlineNearClosing()}), the opening of the next working day.
	 */
	public LocalDateTime countFrom(LocalDateTime received, Channel channel) {
		if (countsAsNextWorkingDay(received, channel)) {
			return this.time.opening(this.time.nextWorkingDay(received.toLocalDate()));
		}
		return this.time.atOrAfter(received);
	}

	private boolean countsAsNextWorkingDay(LocalDateTime received, Channel channel) {
		LocalDate day = received.toLocalDate();
		Duration nearClosing = this.time.hours().onlineNearClosing();
		return channel == Channel.ONLINE && !nearClosing.isZero() && this.time.isWorkingDay(day)
				&& !received.isBefore(this.time.closing(day).minus(nearClosing));
	}

	/**
	 * The day of receipt, after which a period in days starts (Civil Code 2015 Art. 147.1): the day
	 * the dossier came, even outside office hours or on a day off — never the next opening's, which
	 * would start the period a second day late; the next working day only for an online dossier
	 * that counts as received then.
	 */
	private LocalDate receiptDay(LocalDateTime received, LocalDateTime start, Channel channel) {
		return countsAsNextWorkingDay(received, channel) ? start.toLocalDate() : received.toLocalDate();
	}

	/** @return when the result is due, for a dossier received at {@code received}. */
	public LocalDateTime dueAt(LocalDateTime received, int amount, TimeLimitUnit unit, Channel channel) {
		if (amount < 0) {
			throw new CalendarRuleViolated("negative-time-limit");
		}
		LocalDateTime start = countFrom(received, channel);
		LocalDate day = start.toLocalDate();
		LocalDate receipt = receiptDay(received, start, channel);
		OfficeHours hours = this.time.hours();
		return switch (unit) {
			case SAME_DAY -> start.toLocalTime().isBefore(hours.sameDayCutoff()) ? this.time.closing(day)
					: this.time.closing(this.time.nextWorkingDay(day));
			case WORKING_DAYS -> hours.convention() == CountingConvention.CIVIL_CODE || amount == 0
					? this.time.closing(amount == 0 ? day : this.time.plusWorkingDays(receipt, amount))
					: this.time.plus(start, hours.fullDay().multipliedBy(amount));
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
			List<ClockStop> stops, ClockStopMode mode) {
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
			return Optional.of(dueAt(received, amount, unit, channel));
		}
		if (mode == ClockStopMode.RESTART) {
			return Optional.of(dueAt(ordered.get(ordered.size() - 1).resumedAt(), amount, unit, channel));
		}
		LocalDateTime due = dueAt(received, amount, unit, channel);
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
