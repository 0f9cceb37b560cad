package vn.motcua.planning.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.monitoring.OverdueItems;
import vn.motcua.shared.Vietnam;

/**
 * Periodic reports not sent, chased in the daily reminders to the heads of the unit that must send
 * them: past their due day (ending when the unit's office closes), and within the notice before it
 * (the setting {@code motcua.planning.notice-working-days}, local practice).
 */
@Component
class ReportOverdue implements OverdueItems {

	private final JdbcClient jdbc;

	private final CalendarManagement calendar;

	private final int notice;

	ReportOverdue(JdbcClient jdbc, CalendarManagement calendar, @Value("${motcua.planning.notice-working-days:2}") int notice) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.notice = notice;
	}

	@Override
	public String kind() {
		return "REPORT";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> overdue(Instant now) {
		return unsent(LocalDate.ofInstant(now, Vietnam.ZONE)).stream().filter(i -> now.isAfter(i.dueAt())).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> dueSoon(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, Vietnam.ZONE);
		return unsent(this.calendar.plusWorkingDays(today, this.notice, null).plusDays(7)).stream()
			.filter(i -> !now.isAfter(i.dueAt()))
			.filter(i -> !this.calendar.plusWorkingDays(today, this.notice, i.unitId())
				.isBefore(LocalDate.ofInstant(i.dueAt(), Vietnam.ZONE)))
			.toList();
	}

	/** @return the reports not sent whose due day is {@code until} or earlier, each due when its unit's office closes. */
	private List<Item> unsent(LocalDate until) {
		return this.jdbc.sql("""
				select r.unit_id, r.period, s.title, r.due_date from planning_report r
				  join planning_report_schedule s on s.id = r.schedule_id
				 where r.submitted_at is null and r.due_date <= ? order by r.due_date, s.title""")
			.param(until)
			.query((rs, n) -> {
				UUID unit = rs.getObject(1, UUID.class);
				return new Item(unit, rs.getString(2), rs.getString(3), this.calendar.endOfDay(rs.getObject(4, LocalDate.class), unit));
			})
			.list();
	}

}
