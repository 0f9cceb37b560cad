package vn.motcua.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.domain.HolidayRules;
import vn.motcua.calendar.domain.LunarCalendar;
import vn.motcua.calendar.domain.OfficeHours;
import vn.motcua.calendar.domain.OfficialDay;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits of the calendar. Official days are national: only an administrator of the whole system
 * or of a province edits them. A unit's office hours are edited by an administrator whose scope
 * holds the unit.
 */
@Service
@Transactional
public class CalendarAdministration {

	private final JdbcClient jdbc;

	private final CalendarData data;

	private final OrganizationManagement organization;

	private final Clock clock;

	private final HolidayRules rules = new HolidayRules(LunarCalendar.vietnam());

	CalendarAdministration(JdbcClient jdbc, CalendarData data, OrganizationManagement organization, Clock clock) {
		this.jdbc = jdbc;
		this.data = data;
		this.organization = organization;
		this.clock = clock;
	}

	/** @return the official days of {@code year} as recorded (empty for a provisional year). */
	@Transactional(readOnly = true)
	public List<OfficialDay> officialDays(int year) {
		return this.jdbc.sql("select day, day_off, name, decision from calendar_official_day"
				+ " where day >= :from and day < :to order by day")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query((rs, n) -> new OfficialDay(rs.getObject(1, LocalDate.class), rs.getBoolean(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	/** @return the Labour Code's default days off of {@code year}. */
	@Transactional(readOnly = true)
	public List<OfficialDay> defaultDaysOff(int year) {
		return this.rules.defaultDaysOff(year);
	}

	/**
	 * Records a day off or a swapped working day; {@code replacing} is the date the edited entry
	 * had before ({@literal null} for a new one).
	 * @throws DomainException {@code official-day-taken} when another entry holds the date,
	 * {@code forbidden} for an administrator below province level.
	 */
	public void saveOfficialDay(OfficialDay day, @Nullable LocalDate replacing, Actor actor) {
		requireNationalAdministrator(actor);
		if (replacing != null) {
			deleteRow(replacing);
		}
		int inserted = this.jdbc.sql("""
				insert into calendar_official_day (day, day_off, name, decision, updated_at)
				values (:day, :off, :name, :decision, :now) on conflict (day) do nothing""")
			.param("day", day.date())
			.param("off", day.dayOff())
			.param("name", day.name().strip())
			.param("decision", day.decision().strip())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		if (inserted == 0) {
			throw new DomainException(Kind.CONFLICT, "official-day-taken", day.date());
		}
		this.data.invalidateAfterCommit();
	}

	/** Removes an entry; the day becomes an ordinary day (or the year provisional when it was the last). */
	public void deleteOfficialDay(LocalDate date, Actor actor) {
		requireNationalAdministrator(actor);
		deleteRow(date);
		this.data.invalidateAfterCommit();
	}

	/**
	 * Starts a year's official days from the Labour Code's default, for an administrator to
	 * correct once the government's decision is out.
	 * @return how many days were recorded (0 when the year had entries already).
	 */
	public int adoptDefault(int year, Actor actor) {
		requireNationalAdministrator(actor);
		if (!officialDays(year).isEmpty()) {
			return 0;
		}
		List<OfficialDay> defaults = this.rules.defaultDaysOff(year);
		defaults.forEach(day -> saveOfficialDay(day, null, actor));
		return defaults.size();
	}

	/** Sets a unit's own working calendar (its sub-units inherit it). */
	public void saveUnitHours(UUID unitId, OfficeHours hours, Actor actor) {
		requireScope(unitId, actor);
		this.jdbc.sql("""
				insert into calendar_unit_hours (unit_id, morning_start, morning_end, afternoon_start, afternoon_end,
				  saturday_reception, saturday_counts, same_day_cutoff, online_near_closing_minutes, convention, updated_at)
				values (:unit, :ms, :me, :as, :ae, :sr, :sc, :cutoff, :near, :convention, :now)
				on conflict (unit_id) do update set morning_start = :ms, morning_end = :me, afternoon_start = :as,
				  afternoon_end = :ae, saturday_reception = :sr, saturday_counts = :sc, same_day_cutoff = :cutoff,
				  online_near_closing_minutes = :near, convention = :convention, updated_at = :now""")
			.param("unit", unitId)
			.param("ms", hours.morningStart())
			.param("me", hours.morningEnd())
			.param("as", hours.afternoonStart())
			.param("ae", hours.afternoonEnd())
			.param("sr", hours.saturdayReception())
			.param("sc", hours.saturdayCounts())
			.param("cutoff", hours.sameDayCutoff())
			.param("near", (int) hours.onlineNearClosing().toMinutes())
			.param("convention", hours.convention().name())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		this.data.invalidateAfterCommit();
	}

	/** Drops a unit's own settings: it inherits its parent's again. */
	public void inheritUnitHours(UUID unitId, Actor actor) {
		requireScope(unitId, actor);
		this.jdbc.sql("delete from calendar_unit_hours where unit_id = :unit").param("unit", unitId).update();
		this.data.invalidateAfterCommit();
	}

	private void deleteRow(LocalDate date) {
		this.jdbc.sql("delete from calendar_official_day where day = :day").param("day", date).update();
	}

	private void requireNationalAdministrator(Actor actor) {
		if (!actor.hasRole(Role.ADMIN)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		UUID home = actor.unitId();
		if (home != null && this.organization.unit(home).map(UnitView::parentId).orElse(null) != null) {
			throw new DomainException(Kind.FORBIDDEN, "calendar-national-only");
		}
	}

	private void requireScope(UUID unitId, Actor actor) {
		if (!actor.hasRole(Role.ADMIN)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		if (!this.organization.scopeOf(actor).contains(unitId)) {
			throw new DomainException(Kind.FORBIDDEN, "out-of-scope");
		}
	}

}
