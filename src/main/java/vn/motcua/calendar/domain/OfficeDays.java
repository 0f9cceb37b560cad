package vn.motcua.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import vn.motcua.calendar.CalendarDay.DayKind;

/**
 * Which days a unit works and its office hours on each: the national {@link HolidayCalendar}
 * first (days off, swapped working days), then the week (Sunday off, Saturday morning when the
 * unit counts it).
 */
final class OfficeDays {

	private static final LocalTime[] NONE = {};

	private final HolidayCalendar holidays;

	private final OfficeHours hours;

	private final LocalTime[] fullDay;

	private final LocalTime[] morningOnly;

	OfficeDays(HolidayCalendar holidays, OfficeHours hours) {
		this.holidays = holidays;
		this.hours = hours;
		this.fullDay = new LocalTime[] { hours.morningStart(), hours.morningEnd(), hours.afternoonStart(),
				hours.afternoonEnd() };
		this.morningOnly = new LocalTime[] { hours.morningStart(), hours.morningEnd() };
	}

	Optional<OfficialDay> entry(LocalDate date) {
		return this.holidays.entry(date);
	}

	/** Office hours of a day as start and end pairs; empty for a day off. */
	LocalTime[] rangesOn(LocalDate date) {
		Optional<OfficialDay> entry = this.holidays.entry(date);
		if (entry.isPresent()) {
			return entry.get().dayOff() ? NONE : this.fullDay;
		}
		DayOfWeek weekday = date.getDayOfWeek();
		if (weekday == DayOfWeek.SUNDAY) {
			return NONE;
		}
		if (weekday == DayOfWeek.SATURDAY) {
			return this.hours.saturdayCounts() ? this.morningOnly : NONE;
		}
		return this.fullDay;
	}

	/** What kind of day {@code date} is: a decision's, a counted Saturday morning, or the week's. */
	DayKind kindOf(LocalDate date) {
		Optional<OfficialDay> entry = this.holidays.entry(date);
		if (entry.isPresent()) {
			return entry.get().dayOff() ? DayKind.DAY_OFF : DayKind.SWAPPED_WORKDAY;
		}
		boolean working = rangesOn(date).length > 0;
		if (date.getDayOfWeek() == DayOfWeek.SATURDAY && working) {
			return DayKind.SATURDAY_MORNING;
		}
		return working ? DayKind.WORKDAY : DayKind.WEEKLY_REST;
	}

}
