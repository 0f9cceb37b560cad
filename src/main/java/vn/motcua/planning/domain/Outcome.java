package vn.motcua.planning.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * How a task counts in the figures. Done on time or late is judged against the original deadline,
 * whatever extension was granted; an open task is overdue once its deadline in force (the extended
 * one, if granted) has passed — unless it was reported done by then and awaits acceptance.
 */
public enum Outcome {

	/** accepted, reported done on or before the original deadline */
	DONE_ON_TIME,
	/** accepted, reported done after the original deadline */
	DONE_LATE,
	/** open and past the deadline in force */
	OVERDUE,
	/** open and within the deadline in force */
	IN_PROGRESS,
	/** cancelled: counts nowhere */
	CANCELLED;

	/**
	 * @param doneOn the day the work was reported done; ignored unless reported done or accepted.
	 */
	public static Outcome of(TaskStatus status, LocalDate originalDue, LocalDate dueDate, @Nullable LocalDate doneOn,
			LocalDate today) {
		return switch (status) {
			case CANCELLED -> CANCELLED;
			case ACCEPTED -> doneOn != null && !doneOn.isAfter(originalDue) ? DONE_ON_TIME : DONE_LATE;
			case REPORTED_DONE -> doneOn != null && !doneOn.isAfter(dueDate) || !today.isAfter(dueDate) ? IN_PROGRESS : OVERDUE;
			default -> today.isAfter(dueDate) ? OVERDUE : IN_PROGRESS;
		};
	}

	/** @return whether the task counts in a unit's on-time rate (done, or overdue). */
	public boolean judged() {
		return this == DONE_ON_TIME || this == DONE_LATE || this == OVERDUE;
	}

}
