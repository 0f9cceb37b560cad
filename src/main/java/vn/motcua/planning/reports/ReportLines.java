package vn.motcua.planning.reports;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.organization.UnitView;
import vn.motcua.planning.domain.ReportPeriod;
import vn.motcua.planning.domain.Submission;
import vn.motcua.shared.Actor;
import vn.motcua.shared.SqlTimes;

/**
 * Lines of the register as a reader sees them: a report is seen by its unit and those above it, and
 * by its schedule's issuer.
 */
@Component
class ReportLines {

	private final JdbcClient jdbc;

	private final Schedules schedules;

	private final OrganizationManagement organization;

	ReportLines(JdbcClient jdbc, Schedules schedules, OrganizationManagement organization) {
		this.jdbc = jdbc;
		this.schedules = schedules;
		this.organization = organization;
	}

	/** @param value the parameter of {@code condition}, if it has one. */
	List<ReportLine> lines(String condition, @Nullable Object value, Actor actor, LocalDate today) {
		UnitScope scope = this.organization.scopeOf(actor);
		Map<UUID, Schedule> schedules = this.schedules.all().stream()
			.collect(Collectors.toMap(Schedule::id, Function.identity()));
		var query = this.jdbc.sql("select r.* from planning_report r where " + condition);
		return (value == null ? query : query.param(value)).query((rs, n) -> {
				Schedule s = schedules.get(rs.getObject("schedule_id", UUID.class));
				UnitView unit = this.organization.unit(rs.getObject("unit_id", UUID.class)).orElseThrow();
				LocalDate due = rs.getObject("due_date", LocalDate.class);
				return new ReportLine(rs.getObject("id", UUID.class), s.id(), s.title(), ReportPeriod.parse(rs.getString("period")),
						unit.id(), unit.code(), unit.name(), due, SqlTimes.instant(rs, "submitted_at"), rs.getString("submitted_by"),
						Submission.of(due, rs.getObject("submitted_on", LocalDate.class), today));
			})
			.list()
			.stream()
			.filter(l -> scope.contains(l.unitId()) || scope.contains(schedules.get(l.scheduleId()).issuerUnitId()))
			.sorted(Comparator.comparing(ReportLine::dueDate).thenComparing(ReportLine::unitName))
			.toList();
	}

}
