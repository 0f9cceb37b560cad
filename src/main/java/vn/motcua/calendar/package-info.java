/**
 * The working calendar every deadline comes from: the Vietnamese lunar calendar (UTC+7), public
 * holidays by the Labour Code and the government's yearly decisions, each unit's office hours,
 * and the deadline arithmetic of RULES.md §4. Served from memory: no database round trip per
 * computation.
 *
 * <h2>API</h2> {@link vn.motcua.calendar.CalendarManagement}: working days of a unit
 * ({@code isWorkingDay}, {@code plusWorkingDays}, {@code days}), deadlines ({@code deadline}
 * returning a {@link vn.motcua.calendar.Deadline}), office time ({@code plusWorkingTime},
 * {@code workingTime}), lunar dates and a unit's office hours. Values other modules keep:
 * {@link vn.motcua.calendar.Appointment} with its {@link vn.motcua.calendar.Timeliness}, the
 * time limit's {@link vn.motcua.calendar.TimeLimitUnit}, the {@link vn.motcua.calendar.Channel},
 * the {@link vn.motcua.calendar.RuleVersion} and its {@link vn.motcua.calendar.ClockStopMode}.
 *
 * <h2>Sub-packages</h2> {@code domain} (lunar calendar, holiday rules, working time, deadline
 * policy), {@code memory} (the calendar held in memory, refreshed after edits),
 * {@code holidays} (official days administration), {@code hours} (a unit's office hours),
 * {@code deadlines} (the public calendar API and page).
 *
 * <h2>Events</h2> Publishes none; consumes none.
 *
 * <h2>Tables</h2> {@code calendar_official_day}, {@code calendar_unit_hours}.
 *
 * <h2>Read contracts</h2> Publishes none. Consumes {@code organization}'s units (the parent
 * chain whose office hours a unit inherits, an administrator's scope).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar (Lịch làm việc)",
		allowedDependencies = { "shared", "organization" })
@org.jspecify.annotations.NullMarked
package vn.motcua.calendar;
