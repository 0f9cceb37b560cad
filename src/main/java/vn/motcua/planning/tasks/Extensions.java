package vn.motcua.planning.tasks;

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
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import static vn.motcua.shared.Texts.blankToNull;

/**
 * A later deadline: the lead asks, the assigner approves (the deadline in force moves, the original
 * stays for the figures) or refuses with a reason.
 */
@Service
public class Extensions {

	private final TaskStore store;

	private final TaskAccess access;

	private final Clock clock;

	Extensions(TaskStore store, TaskAccess access, Clock clock) {
		this.store = store;
		this.access = access;
		this.clock = clock;
	}

	/** The lead asks for a later deadline; one request pending at a time, the later replacing it. */
	@Transactional
	public void request(UUID id, @Nullable LocalDate dueDate, @Nullable String reason, Actor actor) {
		TaskRecord task = this.access.act(id, TaskAction.REQUEST_EXTENSION, actor);
		task.status().after(TaskAction.REQUEST_EXTENSION);
		LocalDate requested = TaskRules.extension(dueDate, task.dueDate());
		String why = TaskRules.reason(reason);
		Instant now = this.clock.instant();
		this.store.update(task, task.status(), task.percent(), null, task.dueDate(), requested, now);
		this.store.event(id, "EXTENSION_REQUESTED", null, why, requested, actor.username(), now);
	}

	/**
	 * The assigner approves the pending request (the deadline in force moves, the original stays) or
	 * refuses it with a reason.
	 * @throws DomainException {@code task-no-extension-pending} (409).
	 */
	@Transactional
	public void decide(UUID id, boolean approved, @Nullable String reason, Actor actor) {
		TaskRecord task = this.access.act(id, TaskAction.DECIDE_EXTENSION, actor);
		task.status().after(TaskAction.DECIDE_EXTENSION);
		LocalDate requested = task.requestedDue();
		if (requested == null) {
			throw new DomainException(Kind.CONFLICT, "task-no-extension-pending");
		}
		String why = approved ? blankToNull(reason) : TaskRules.reason(reason);
		Instant now = this.clock.instant();
		this.store.update(task, task.status(), task.percent(), task.doneOn(), approved ? requested : task.dueDate(), null, now);
		this.store.event(id, approved ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED", null, why, requested,
				actor.username(), now);
	}

}
