package vn.motcua.planning.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.identity.OfficialName;
import vn.motcua.planning.domain.TaskAction;
import vn.motcua.planning.domain.TaskStatus;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.SqlTimes;
import vn.motcua.shared.Uploads;
import vn.motcua.shared.Vietnam;

/** A task's page within the reader's sight: the task, its history, its files, what the reader may do. */
@Service
@Transactional(readOnly = true)
public class TaskReader {

	private final JdbcClient jdbc;

	private final TaskStore store;

	private final TaskAccess access;

	private final TaskFiles files;

	private final TaskViews views;

	private final IdentityManagement identity;

	private final Clock clock;

	TaskReader(JdbcClient jdbc, TaskStore store, TaskAccess access, TaskFiles files, TaskViews views,
			IdentityManagement identity, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.files = files;
		this.views = views;
		this.identity = identity;
		this.clock = clock;
	}

	/** @throws DomainException {@code task-not-found} when absent or outside the actor's sight. */
	public TaskView.Detail detail(UUID id, Actor actor) {
		TaskRecord task = record(id, actor);
		LocalDate today = today();
		List<TaskView.Event> history = this.jdbc.sql("""
				select id, kind, percent, note, requested_due, actor, at from planning_task_event where task_id = ? order by id""")
			.param(id)
			.query((rs, n) -> new TaskView.Event(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(6), SqlTimes.instant(rs, "at")))
			.list();
		Map<String, OfficialName> names = this.identity.names(history.stream().map(TaskView.Event::actor).toList());
		history = history.stream()
			.map(e -> new TaskView.Event(e.id(), e.kind(), e.percent(), e.note(), e.requestedDue(), e.actor(),
					names.containsKey(e.actor()) ? names.get(e.actor()).fullName() : e.actor(), e.at()))
			.toList();
		return new TaskView.Detail(this.views.of(List.of(task), today).get(0), history, this.files.of(id), rights(task, actor));
	}

	/** @throws DomainException {@code task-not-found}, {@code attachment-not-found}. */
	public Uploads.File file(UUID id, UUID fileId, Actor actor) {
		return this.files.file(record(id, actor).id(), fileId);
	}

	/** @throws DomainException {@code task-not-found}. */
	TaskRecord record(UUID id, Actor actor) {
		TaskRecord task = this.store.find(id).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "task-not-found", id));
		return this.access.read(task, actor);
	}

	private TaskView.Rights rights(TaskRecord t, Actor actor) {
		boolean lead = t.status().open() && this.access.may(t, TaskAction.PROGRESS, actor);
		boolean assigner = t.status().open() && this.access.may(t, TaskAction.ACCEPT, actor);
		boolean working = t.status() == TaskStatus.NOT_STARTED || t.status() == TaskStatus.IN_PROGRESS;
		return new TaskView.Rights(lead && working, lead && working, assigner && t.status() == TaskStatus.REPORTED_DONE,
				assigner, lead && working, assigner && t.requestedDue() != null);
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), Vietnam.ZONE);
	}

}
