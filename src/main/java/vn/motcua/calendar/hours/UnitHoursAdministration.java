package vn.motcua.calendar.hours;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import vn.motcua.calendar.domain.OfficeHours;
import vn.motcua.calendar.memory.CalendarData;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits of a unit's own working calendar, by an administrator whose scope holds the unit. Its
 * sub-units inherit it unless they have their own.
 */
@Service
@Transactional
class UnitHoursAdministration {

	private final JdbcClient jdbc;

	private final CalendarData data;

	private final OrganizationManagement organization;

	private final Clock clock;

	UnitHoursAdministration(JdbcClient jdbc, CalendarData data, OrganizationManagement organization, Clock clock) {
		this.jdbc = jdbc;
		this.data = data;
		this.organization = organization;
		this.clock = clock;
	}

	/** Sets a unit's own working calendar (its sub-units inherit it). */
	void saveUnitHours(UUID unitId, OfficeHours hours, Actor actor) {
		requireScope(unitId, actor);
		this.jdbc.sql("""
				insert into calendar_unit_hours (unit_id, morning_start, morning_end, afternoon_start, afternoon_end,
				  saturday_reception, saturday_counts, convention, updated_at)
				values (:unit, :ms, :me, :as, :ae, :sr, :sc, :convention, :now)
				on conflict (unit_id) do update set morning_start = :ms, morning_end = :me, afternoon_start = :as,
				  afternoon_end = :ae, saturday_reception = :sr, saturday_counts = :sc, convention = :convention,
				  updated_at = :now""")
			.param("unit", unitId)
			.param("ms", hours.morningStart())
			.param("me", hours.morningEnd())
			.param("as", hours.afternoonStart())
			.param("ae", hours.afternoonEnd())
			.param("sr", hours.saturdayReception())
			.param("sc", hours.saturdayCounts())
			.param("convention", hours.convention().name())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		this.data.invalidateAfterCommit();
	}

	/** Drops a unit's own settings: it inherits its parent's again. */
	void inheritUnitHours(UUID unitId, Actor actor) {
		requireScope(unitId, actor);
		this.jdbc.sql("delete from calendar_unit_hours where unit_id = :unit").param("unit", unitId).update();
		this.data.invalidateAfterCommit();
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
