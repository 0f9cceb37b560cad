package vn.motcua.planning.tasks;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.planning.domain.TaskAction;
import vn.motcua.planning.domain.TaskRules;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Vietnam;

import static vn.motcua.shared.Texts.blankToNull;

/**
 * What is done to a task after its assignment ({@link Assignments}) and besides its deadline
 * ({@link Extensions}): progress, completion, acceptance or return, cancellation — each step kept
 * in the task's history with who and when.
 */
@Service
public class Tasks {

	private final TaskStore store;

	private final TaskAccess access;

	private final TaskFiles files;

	private final Clock clock;

	Tasks(TaskStore store, TaskAccess access, TaskFiles files, Clock clock) {
		this.store = store;
		this.access = access;
		this.files = files;
		this.clock = clock;
	}

	/** A file attached to a progress report. */
	public record Upload(String fileName, long size, InputStream content) {
	}

	/** @throws FieldInvalid {@code percent}; DomainException {@code task-action-not-allowed}, {@code attachment-*}. */
	@Transactional
	public void progress(UUID id, @Nullable Integer percent, @Nullable String note, @Nullable Upload file, Actor actor) {
		TaskRecord task = task(id, TaskAction.PROGRESS, actor);
		int p = TaskRules.percent(percent);
		Instant now = this.clock.instant();
		this.store.update(task, task.status().after(TaskAction.PROGRESS), p, null, task.dueDate(), task.requestedDue(), now);
		long event = this.store.event(id, "PROGRESS", p, blankToNull(note), null, actor.username(), now);
		if (file != null) {
			this.files.attach(task.id(), event, file, actor.username(), now);
		}
	}

	@Transactional
	public void reportDone(UUID id, @Nullable String note, Actor actor) {
		TaskRecord task = task(id, TaskAction.REPORT_DONE, actor);
		Instant now = this.clock.instant();
		this.store.update(task, task.status().after(TaskAction.REPORT_DONE), 100, LocalDate.ofInstant(now, Vietnam.ZONE),
				task.dueDate(), null, now);
		this.store.event(id, "REPORTED_DONE", 100, blankToNull(note), null, actor.username(), now);
	}

	/** Accepts the work reported done, or returns it with a reason (back in progress). */
	@Transactional
	public void accept(UUID id, boolean accepted, @Nullable String reason, Actor actor) {
		TaskAction action = accepted ? TaskAction.ACCEPT : TaskAction.RETURN;
		TaskRecord task = task(id, action, actor);
		String why = accepted ? blankToNull(reason) : TaskRules.reason(reason);
		Instant now = this.clock.instant();
		this.store.update(task, task.status().after(action), accepted ? 100 : task.percent(),
				accepted ? task.doneOn() : null, task.dueDate(), null, now);
		this.store.event(id, accepted ? "ACCEPTED" : "RETURNED", null, why, null, actor.username(), now);
	}

	@Transactional
	public void cancel(UUID id, @Nullable String reason, Actor actor) {
		TaskRecord task = task(id, TaskAction.CANCEL, actor);
		String why = TaskRules.reason(reason);
		Instant now = this.clock.instant();
		this.store.update(task, task.status().after(TaskAction.CANCEL), task.percent(), null, task.dueDate(), null, now);
		this.store.event(id, "CANCELLED", null, why, null, actor.username(), now);
	}

	private TaskRecord task(UUID id, TaskAction action, Actor actor) {
		return this.access.act(id, action, actor);
	}

}
