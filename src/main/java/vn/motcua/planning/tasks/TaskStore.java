package vn.motcua.planning.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.planning.domain.TaskStatus;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.SqlTimes;

/** The tasks' rows and their history: every change of a task is one update and one event. */
@Repository
class TaskStore {

	private final JdbcClient jdbc;

	TaskStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TaskRecord t) {
		this.jdbc.sql("""
				insert into planning_task (id, source_kind, plan_id, conclusion_id, source_reference, title, output, lead_unit_id,
				  lead_agency_id, lead_official, support_unit_ids, assigner_unit_id, assigned_by, assigned_at, working_days,
				  original_due, due_date, status, percent)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(t.id(), t.sourceKind(), t.planId(), t.conclusionId(), t.sourceReference(), t.title(), t.output(),
					t.leadUnitId(), t.leadAgencyId(), t.leadOfficial(), t.supportUnitIds().toArray(UUID[]::new),
					t.assignerUnitId(), t.assignedBy(), Timestamp.from(t.assignedAt()), t.workingDays(), t.originalDue(),
					t.dueDate(), t.status().name(), t.percent())
			.update();
	}

	Optional<TaskRecord> find(UUID id) {
		return this.jdbc.sql("select * from planning_task where id = ?").param(id).query(TaskStore::row).optional();
	}

	/**
	 * Moves the task from the status it was read in; another change in between makes this a conflict.
	 * @throws DomainException {@code task-changed} (409).
	 */
	void update(TaskRecord read, TaskStatus status, int percent, @Nullable LocalDate doneOn, LocalDate dueDate,
			@Nullable LocalDate requestedDue, Instant at) {
		int updated = this.jdbc.sql("""
				update planning_task set status = ?, percent = ?, done_on = ?, due_date = ?, requested_due = ?,
				  closed_at = case when ? then cast(? as timestamptz) end, version = version + 1
				 where id = ? and status = ? and due_date = ? and requested_due is not distinct from ?""")
			.params(status.name(), percent, doneOn, dueDate, requestedDue, !status.open(), Timestamp.from(at), read.id(),
					read.status().name(), read.dueDate(), read.requestedDue())
			.update();
		if (updated == 0) {
			throw new DomainException(Kind.CONFLICT, "task-changed");
		}
	}

	/** @return the event's id, for the files attached with it. */
	long event(UUID task, String kind, @Nullable Integer percent, @Nullable String note, @Nullable LocalDate requestedDue,
			String actor, Instant at) {
		return this.jdbc.sql("""
				insert into planning_task_event (task_id, kind, percent, note, requested_due, actor, at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(task, kind, percent, note, requestedDue, actor, Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	static TaskRecord row(ResultSet rs, int n) throws SQLException {
		UUID[] support = (UUID[]) rs.getArray("support_unit_ids").getArray();
		return new TaskRecord(rs.getObject("id", UUID.class), rs.getString("source_kind"),
				rs.getObject("plan_id", UUID.class), rs.getObject("conclusion_id", UUID.class),
				rs.getString("source_reference"), rs.getString("title"), rs.getString("output"),
				rs.getObject("lead_unit_id", UUID.class), rs.getObject("lead_agency_id", UUID.class),
				rs.getString("lead_official"), Arrays.asList(support), rs.getObject("assigner_unit_id", UUID.class),
				rs.getString("assigned_by"), SqlTimes.instant(rs, "assigned_at"),
				(Integer) rs.getObject("working_days"), rs.getObject("original_due", LocalDate.class),
				rs.getObject("due_date", LocalDate.class), TaskStatus.valueOf(rs.getString("status")), rs.getInt("percent"),
				rs.getObject("done_on", LocalDate.class), rs.getObject("requested_due", LocalDate.class));
	}

}
