package vn.motcua.planning.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.monitoring.OverdueItems;
import vn.motcua.shared.Vietnam;

/**
 * Tasks not yet reported done, chased with the dossiers in the daily reminders: those past their deadline in force
 * reach the lead unit's heads and the lead official; those due within the notice reach the lead
 * official (or the heads). A deadline ends when the lead unit's office closes. The notice is local
 * practice, the setting {@code motcua.planning.notice-working-days}.
 */
@Component
class TaskOverdue implements OverdueItems {

	private final JdbcClient jdbc;

	private final CalendarManagement calendar;

	private final int notice;

	TaskOverdue(JdbcClient jdbc, CalendarManagement calendar,
			@Value("${motcua.planning.notice-working-days:2}") int notice) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.notice = notice;
	}

	@Override
	public String kind() {
		return "TASK";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> overdue(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, Vietnam.ZONE);
		return open(today.minusDays(1)).stream().map(this::item).filter(i -> now.isAfter(i.dueAt())).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> dueSoon(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, Vietnam.ZONE);
		return open(this.calendar.plusWorkingDays(today, this.notice, null)).stream()
			.filter(t -> !t.dueDate().isBefore(today))
			.filter(t -> !this.calendar.plusWorkingDays(today, this.notice, t.leadUnitId()).isBefore(t.dueDate()))
			.map(this::item)
			.filter(i -> !now.isAfter(i.dueAt()))
			.toList();
	}

	/** @return the open tasks due by {@code until} (at most a few days after it, for units' own calendars). */
	private List<TaskRecord> open(LocalDate until) {
		return this.jdbc.sql("""
				select * from planning_task where status in ('NOT_STARTED', 'IN_PROGRESS') and due_date <= ?
				 order by due_date, title""")
			.param(until.plusDays(7))
			.query(TaskStore::row)
			.list();
	}

	private Item item(TaskRecord t) {
		return new Item(t.leadUnitId(), t.leadOfficial(), "NV " + t.dueDate().format(Vietnam.DAY), t.title(),
				this.calendar.endOfDay(t.dueDate(), t.leadUnitId()));
	}

}
