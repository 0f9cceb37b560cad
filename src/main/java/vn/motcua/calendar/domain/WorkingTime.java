package vn.motcua.calendar.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

import vn.motcua.calendar.CalendarDay.DayKind;

/**
 * Working-time arithmetic for one unit: which days are working days and which hours of them are
 * office hours, given the national {@link HolidayCalendar} and the unit's {@link OfficeHours}.
 * Times are local to Viet Nam (no daylight saving, so local arithmetic is exact).
 */
public final class WorkingTime {

	/** Longest run of days off searched through before the calendar is called broken. */
	private static final int MAX_DAYS_OFF_IN_A_ROW = 60;

	private final OfficeHours hours;

	private final OfficeDays days;

	public WorkingTime(HolidayCalendar holidays, OfficeHours hours) {
		this.hours = hours;
		this.days = new OfficeDays(holidays, hours);
	}

	public OfficeHours hours() {
		return this.hours;
	}

	/** @return the reason {@code date} is special (holiday, compensatory day, swapped Saturday). */
	public Optional<OfficialDay> entry(LocalDate date) {
		return this.days.entry(date);
	}

	public boolean isWorkingDay(LocalDate date) {
		return this.days.rangesOn(date).length > 0;
	}

	/** @return what kind of day {@code date} is for this unit. */
	public DayKind kindOf(LocalDate date) {
		return this.days.kindOf(date);
	}

	/** @return the first working day strictly after {@code date}. */
	public LocalDate nextWorkingDay(LocalDate date) {
		LocalDate next = date.plusDays(1);
		for (int i = 0; i < MAX_DAYS_OFF_IN_A_ROW; i++, next = next.plusDays(1)) {
			if (isWorkingDay(next)) {
				return next;
			}
		}
		throw new IllegalStateException("no working day within " + MAX_DAYS_OFF_IN_A_ROW + " days after " + date);
	}

	/** @return the working day {@code count} working days after {@code date} ({@code date} itself for 0). */
	public LocalDate plusWorkingDays(LocalDate date, int count) {
		LocalDate day = date;
		for (int i = 0; i < count; i++) {
			day = nextWorkingDay(day);
		}
		return day;
	}

	/** @return when the office closes on a working day. */
	public LocalDateTime closing(LocalDate workingDay) {
		LocalTime[] ranges = this.days.rangesOn(workingDay);
		return workingDay.atTime(ranges[ranges.length - 1]);
	}

	/** @return when the office opens on a working day. */
	public LocalDateTime opening(LocalDate workingDay) {
		return workingDay.atTime(this.days.rangesOn(workingDay)[0]);
	}

	/** @return {@code time} when it falls in office hours, else the next moment the office opens. */
	public LocalDateTime atOrAfter(LocalDateTime time) {
		LocalDate day = time.toLocalDate();
		LocalTime clock = time.toLocalTime();
		LocalTime[] ranges = this.days.rangesOn(day);
		for (int i = 0; i < ranges.length; i += 2) {
			if (clock.isBefore(ranges[i + 1])) {
				return clock.isBefore(ranges[i]) ? day.atTime(ranges[i]) : time;
			}
		}
		return opening(nextWorkingDay(day));
	}

	/** @return the moment {@code amount} of office time after {@code from}. */
	public LocalDateTime plus(LocalDateTime from, Duration amount) {
		long remaining = amount.toSeconds();
		if (remaining <= 0) {
			return from;
		}
		LocalDate day = from.toLocalDate();
		LocalTime cursor = from.toLocalTime();
		for (int idle = 0; idle < MAX_DAYS_OFF_IN_A_ROW; day = day.plusDays(1), cursor = LocalTime.MIN) {
			LocalTime[] ranges = this.days.rangesOn(day);
			idle = ranges.length == 0 ? idle + 1 : 0;
			for (int i = 0; i < ranges.length; i += 2) {
				LocalTime start = cursor.isAfter(ranges[i]) ? cursor : ranges[i];
				long available = start.isBefore(ranges[i + 1]) ? Duration.between(start, ranges[i + 1]).toSeconds() : 0;
				if (remaining <= available) {
					return day.atTime(start.plusSeconds(remaining));
				}
				remaining -= available;
			}
		}
		throw new IllegalStateException("no working day within " + MAX_DAYS_OFF_IN_A_ROW + " days after " + day);
	}

	/** @return the office time between two moments (zero when {@code to} is not after {@code from}). */
	public Duration between(LocalDateTime from, LocalDateTime to) {
		long seconds = 0;
		for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
			LocalTime[] ranges = this.days.rangesOn(day);
			LocalTime lower = day.equals(from.toLocalDate()) ? from.toLocalTime() : LocalTime.MIN;
			LocalTime upper = day.equals(to.toLocalDate()) ? to.toLocalTime() : LocalTime.MAX;
			for (int i = 0; i < ranges.length; i += 2) {
				LocalTime start = lower.isAfter(ranges[i]) ? lower : ranges[i];
				LocalTime end = upper.isBefore(ranges[i + 1]) ? upper : ranges[i + 1];
				if (start.isBefore(end)) {
					seconds += Duration.between(start, end).toSeconds();
				}
			}
		}
		return Duration.ofSeconds(seconds);
	}

}
