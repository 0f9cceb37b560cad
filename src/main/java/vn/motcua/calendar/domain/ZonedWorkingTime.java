package vn.motcua.calendar.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.motcua.calendar.Channel;
import vn.motcua.calendar.ClockStopMode;
import vn.motcua.calendar.ClockStopPeriod;
import vn.motcua.calendar.Deadline;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.RuleVersion;
import vn.motcua.calendar.TimeLimitUnit;

/**
 * A unit's {@link WorkingTime} for moments: the zone turns instants into the local times the
 * arithmetic works in, and its results back into moments at Viet Nam's offset.
 */
public final class ZonedWorkingTime {

	private final WorkingTime time;

	private final ZoneId zone;

	public ZonedWorkingTime(WorkingTime time, ZoneId zone) {
		this.time = time;
		this.zone = zone;
	}

	/**
	 * The due moment of a result received at {@code receivedAt} under {@code version}, whose clock
	 * stops work as {@code mode}.
	 * @param stops the clock stops so far, possibly empty; the last may be open.
	 */
	public Deadline deadline(Instant receivedAt, int amount, TimeLimitUnit unit, Channel channel, Set<ReceiptRule> rules,
			List<ClockStopPeriod> stops, RuleVersion version, ClockStopMode mode) {
		LocalDateTime received = local(receivedAt);
		DeadlinePolicy policy = new DeadlinePolicy(this.time);
		List<ClockStop> clockStops = stops.stream()
			.map(s -> new ClockStop(local(s.stoppedAt()), s.resumedAt() == null ? null : local(s.resumedAt())))
			.toList();
		Optional<LocalDateTime> due = policy.dueAt(received, amount, unit, channel, rules, clockStops, mode);
		return new Deadline(offset(received), offset(policy.countFrom(received, channel, rules)),
				policy.movedBy(received, channel, rules).orElse(null),
				due.map(this::offset).orElse(null), amount, unit, channel, this.time.hours().convention(), version, mode,
				due.map(policy::latestApology).map(this::offset).orElse(null));
	}

	/** @return the moment {@code amount} of office time after {@code from} (from the next opening when closed). */
	public OffsetDateTime plus(Instant from, Duration amount) {
		return offset(this.time.plus(this.time.atOrAfter(local(from)), amount));
	}

	/** @return the office time between two moments. */
	public Duration between(Instant from, Instant to) {
		return this.time.between(local(from), local(to));
	}

	private LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, this.zone);
	}

	private OffsetDateTime offset(LocalDateTime local) {
		return local.atZone(this.zone).toOffsetDateTime();
	}

}
