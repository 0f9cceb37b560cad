package vn.motcua.calendar.holidays;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.domain.HolidayRules;
import vn.motcua.calendar.domain.LunarCalendar;
import vn.motcua.calendar.domain.OfficialDay;
import vn.motcua.calendar.memory.CalendarData;
import vn.motcua.calendar.memory.CalendarRows;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits of the national calendar of days off and swapped working days. Official days are
 * national: only an administrator of the whole system or of a province edits them.
 */
@Service
@Transactional
class OfficialDayAdministration {

	private final JdbcClient jdbc;

	private final CalendarData data;

	private final OrganizationManagement organization;

	private final Clock clock;

	private final HolidayRules rules = new HolidayRules(LunarCalendar.vietnam());

	OfficialDayAdministration(JdbcClient jdbc, CalendarData data, OrganizationManagement organization, Clock clock) {
		this.jdbc = jdbc;
		this.data = data;
		this.organization = organization;
		this.clock = clock;
	}

	/** @return the official days of {@code year} as recorded (empty for a provisional year). */
	@Transactional(readOnly = true)
	List<OfficialDay> officialDays(int year) {
		return this.jdbc.sql("select " + CalendarRows.OFFICIAL_DAY_COLUMNS + " from calendar_official_day"
				+ " where day >= :from and day < :to order by day")
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query(CalendarRows::officialDay)
			.list();
	}

	/** @return the Labour Code's default days off of {@code year}. */
	@Transactional(readOnly = true)
	List<OfficialDay> defaultDaysOff(int year) {
		return this.rules.defaultDaysOff(year);
	}

	/**
	 * Records a day off or a swapped working day; {@code replacing} is the date the edited entry
	 * had before ({@literal null} for a new one).
	 * @throws DomainException {@code official-day-taken} when another entry holds the date,
	 * {@code forbidden} for an administrator below province level.
	 */
	void saveOfficialDay(OfficialDay day, @Nullable LocalDate replacing, Actor actor) {
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
	void deleteOfficialDay(LocalDate date, Actor actor) {
		requireNationalAdministrator(actor);
		deleteRow(date);
		this.data.invalidateAfterCommit();
	}

	/**
	 * Starts a year's official days from the Labour Code's default, for an administrator to
	 * correct once the government's decision is out.
	 * @return how many days were recorded (0 when the year had entries already).
	 */
	int adoptDefault(int year, Actor actor) {
		requireNationalAdministrator(actor);
		if (!officialDays(year).isEmpty()) {
			return 0;
		}
		List<OfficialDay> defaults = this.rules.defaultDaysOff(year);
		defaults.forEach(day -> saveOfficialDay(day, null, actor));
		return defaults.size();
	}

	private void deleteRow(LocalDate date) {
		this.jdbc.sql("delete from calendar_official_day where day = :day").param("day", date).update();
	}

	private void requireNationalAdministrator(Actor actor) {
		this.organization.requireProvinceAdministrator(actor, "calendar-national-only");
	}

}
