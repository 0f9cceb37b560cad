package vn.motcua.planning.tasks;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.Vietnam;

/**
 * The tasks behind the figures, unscoped (the caller checked who asks): those the units led over a
 * period — assigned by its last day and not closed before its first.
 */
@Component
public class TaskFigures {

	private final JdbcClient jdbc;

	TaskFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the tasks led by {@code units} that were open at some time between {@code from} and {@code to}. */
	@Transactional(readOnly = true)
	public List<TaskRecord> ledOver(Collection<UUID> units, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select * from planning_task where lead_unit_id = any(?) and assigned_at < ?
				   and (closed_at is null or closed_at >= ?) order by due_date, title""")
			.params(units.toArray(UUID[]::new), to.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(Vietnam.ZONE).toOffsetDateTime(),
					from.atTime(LocalTime.MIDNIGHT).atZone(Vietnam.ZONE).toOffsetDateTime())
			.query(TaskStore::row)
			.list();
	}

}
