package vn.motcua.planning.domain;

import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * Where a task stands: not started → in progress → reported done by the lead unit → accepted by the
 * assigner, or returned with a reason (back in progress); cancelled by the assigner while open.
 */
public enum TaskStatus {

	NOT_STARTED, IN_PROGRESS, REPORTED_DONE, ACCEPTED, CANCELLED;

	/** @return whether work on the task may still go on (neither accepted nor cancelled). */
	public boolean open() {
		return this != ACCEPTED && this != CANCELLED;
	}

	/**
	 * @return the status after {@code action}.
	 * @throws DomainException {@code task-action-not-allowed} (409) when the status does not allow it.
	 */
	public TaskStatus after(TaskAction action) {
		TaskStatus next = switch (action) {
			case PROGRESS -> this == NOT_STARTED || this == IN_PROGRESS ? IN_PROGRESS : null;
			case REPORT_DONE -> this == NOT_STARTED || this == IN_PROGRESS ? REPORTED_DONE : null;
			case ACCEPT -> this == REPORTED_DONE ? ACCEPTED : null;
			case RETURN -> this == REPORTED_DONE ? IN_PROGRESS : null;
			case CANCEL -> open() ? CANCELLED : null;
			case REQUEST_EXTENSION -> this == NOT_STARTED || this == IN_PROGRESS ? this : null;
			case DECIDE_EXTENSION -> open() ? this : null;
		};
		if (next == null) {
			throw new DomainException(Kind.CONFLICT, "task-action-not-allowed", action.name(), name());
		}
		return next;
	}

}
