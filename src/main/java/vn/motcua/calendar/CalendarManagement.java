package vn.motcua.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.domain.CalendarRuleViolated;
import vn.motcua.calendar.domain.LunarCalendar;
import vn.motcua.calendar.domain.OfficeHours;
import vn.motcua.calendar.domain.OfficialDay;
import vn.motcua.calendar.domain.WorkingTime;
import vn.motcua.calendar.domain.ZonedWorkingTime;
import vn.motcua.calendar.memory.CalendarData;
import vn.motcua.calendar.memory.UnitTime;
import vn.motcua.shared.Vietnam;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The working calendar: lunar dates, working days of a unit, and deadlines. Every answer comes
 * from memory: no database round trip per computation. {@code unitId} {@literal null} means the
 * national default (Monday–Friday, 07:30–11:30 and 13:30–17:00).
 */
@Service
public class CalendarManagement {

	/** Longest range {@link #days} answers, so one request cannot ask for centuries. */
	public static final int MAX_DAYS = 366;

	private final CalendarData data;

	private final LunarCalendar lunar = LunarCalendar.vietnam();

	private final ZoneId zone;

	private final ClockStopMode decree61Mode;

	private final ClockStopMode decree118Mode;

	CalendarManagement(CalendarData data, Clock clock,
			@Value("${motcua.rules.clock-stop.decree-61-2018:RESTART}") ClockStopMode decree61Mode,
			@Value("${motcua.rules.clock-stop.decree-118-2025:RESTART}") ClockStopMode decree118Mode) {
		this.data = data;
		this.zone = clock.getZone();
		this.decree61Mode = decree61Mode;
		this.decree118Mode = decree118Mode;
	}

	/**
	 * @return the lunar date of {@code date}, never {@literal null}.
	 * @throws CalendarRuleViolated {@code date-out-of-range} outside 1900–2100.
	 */
	public LunarDate lunar(LocalDate date) {
		requireInRange(date);
		return this.lunar.toLunar(date);
	}

	/**
	 * @return one entry per day from {@code from} to {@code to} inclusive, for the unit.
	 * @throws CalendarRuleViolated {@code range-reversed}, {@code range-too-long} (over
	 * {@link #MAX_DAYS}), {@code date-out-of-range}.
	 */
	public List<CalendarDay> days(LocalDate from, LocalDate to, @Nullable UUID unitId) {
		if (to.isBefore(from)) {
			throw new CalendarRuleViolated("range-reversed");
		}
		if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
			throw new CalendarRuleViolated("range-too-long", MAX_DAYS);
		}
		requireInRange(from);
		requireInRange(to);
		WorkingTime time = this.data.forUnit(unitId).time();
		List<CalendarDay> days = new ArrayList<>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			days.add(day(date, time));
		}
		return days;
	}

	/** @return whether the unit works on {@code date}. */
	public boolean isWorkingDay(LocalDate date, @Nullable UUID unitId) {
		return this.data.forUnit(unitId).time().isWorkingDay(date);
	}

	/** @return the working day {@code count} working days after {@code date}. */
	public LocalDate plusWorkingDays(LocalDate date, int count, @Nullable UUID unitId) {
		return this.data.forUnit(unitId).time().plusWorkingDays(date, count);
	}

	/**
	 * The due moment of a result (RULES.md §4): counting convention and office hours of the unit,
	 * clock-stop mode of the rule version in force on the receipt day.
	 * @param rules the procedure's rules on when a dossier counts as received, possibly empty.
	 * @param stops the clock stops so far, possibly empty; the last may be open.
	 * @return the deadline, never {@literal null}.
	 * @throws CalendarRuleViolated {@code negative-time-limit}, {@code clock-stop-order}.
	 */
	public Deadline deadline(Instant receivedAt, int amount, TimeLimitUnit unit, Channel channel,
			Set<ReceiptRule> rules, @Nullable UUID unitId, List<ClockStopPeriod> stops) {
		LocalDate receivedOn = LocalDate.ofInstant(receivedAt, this.zone);
		requireInRange(receivedOn);
		RuleVersion version = RuleVersion.on(receivedOn);
		return zoned(unitId).deadline(receivedAt, amount, unit, channel, rules, stops, version, clockStopMode(version));
	}

	/** @return the moment {@code amount} of the unit's office time after {@code from}. */
	public OffsetDateTime plusWorkingTime(Instant from, Duration amount, @Nullable UUID unitId) {
		return zoned(unitId).plus(from, amount);
	}

	/** @return the office time of the unit between two moments («how late», a step's share). */
	public Duration workingTime(Instant from, Instant to, @Nullable UUID unitId) {
		return zoned(unitId).between(from, to);
	}

	/** @return the moment a day ends for the unit: when its office closes that afternoon (a deadline given as a day). */
	public Instant endOfDay(LocalDate day, @Nullable UUID unitId) {
		return day.atTime(this.data.forUnit(unitId).time().hours().afternoonEnd()).atZone(Vietnam.ZONE).toInstant();
	}

	/** @return the unit's working calendar settings and where they come from. */
	public WorkingHoursView workingHours(@Nullable UUID unitId) {
		UnitTime unitTime = this.data.forUnit(unitId);
		OfficeHours h = unitTime.time().hours();
		return new WorkingHoursView(h.morningStart(), h.morningEnd(), h.afternoonStart(), h.afternoonEnd(),
				h.saturdayReception(), h.saturdayCounts(), h.convention(), unitTime.settingsOf());
	}

	/** @return whether {@code year} still waits for its official decision. */
	public boolean isProvisional(int year) {
		return this.data.holidays().isProvisional(year);
	}

	/** @return how clock stops work for dossiers received under {@code version}. */
	public ClockStopMode clockStopMode(RuleVersion version) {
		return version == RuleVersion.DECREE_61_2018 ? this.decree61Mode : this.decree118Mode;
	}

	private CalendarDay day(LocalDate date, WorkingTime time) {
		Optional<OfficialDay> entry = time.entry(date);
		return new CalendarDay(date, time.isWorkingDay(date), time.kindOf(date), entry.map(OfficialDay::name).orElse(null),
				entry.map(OfficialDay::decision).orElse(null), this.lunar.toLunar(date),
				this.data.holidays().isProvisional(date.getYear()));
	}

	private ZonedWorkingTime zoned(@Nullable UUID unitId) {
		return new ZonedWorkingTime(this.data.forUnit(unitId).time(), this.zone);
	}

	private static void requireInRange(LocalDate date) {
		if (date.isBefore(LunarCalendar.MIN) || date.isAfter(LunarCalendar.MAX)) {
			throw new CalendarRuleViolated("date-out-of-range", LunarCalendar.MIN, LunarCalendar.MAX);
		}
	}

}
