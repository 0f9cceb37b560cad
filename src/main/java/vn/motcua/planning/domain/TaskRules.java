package vn.motcua.planning.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.FieldInvalid;

/** The checks on what is typed about a task, each naming the field it refuses. */
public final class TaskRules {

	/** The most working days a task may be given from its assignment. */
	public static final int MAX_WORKING_DAYS = 730;

	private TaskRules() {
	}

	/**
	 * @return the deadline given as a date, or {@literal null} when given in working days.
	 * @throws FieldInvalid {@code dueDate} when neither or both are given, or the date is before the
	 * assignment; {@code workingDays} out of 1..{@link #MAX_WORKING_DAYS}.
	 */
	public static @Nullable LocalDate deadline(@Nullable LocalDate dueDate, @Nullable Integer workingDays,
			LocalDate assignedOn) {
		if ((dueDate == null) == (workingDays == null)) {
			throw new FieldInvalid("dueDate", "validation.task-deadline");
		}
		if (workingDays != null && (workingDays < 1 || workingDays > MAX_WORKING_DAYS)) {
			throw new FieldInvalid("workingDays", "validation.range", 1, MAX_WORKING_DAYS);
		}
		if (dueDate != null && dueDate.isBefore(assignedOn)) {
			throw new FieldInvalid("dueDate", "validation.task-due-before-assignment");
		}
		return dueDate;
	}

	/** @throws FieldInvalid {@code percent} outside 0..100. */
	public static int percent(@Nullable Integer percent) {
		if (percent == null || percent < 0 || percent > 100) {
			throw new FieldInvalid("percent", "validation.range", 0, 100);
		}
		return percent;
	}

	/** @throws FieldInvalid {@code dueDate} when the requested deadline is not after the one in force. */
	public static LocalDate extension(@Nullable LocalDate requested, LocalDate dueDate) {
		if (requested == null || !requested.isAfter(dueDate)) {
			throw new FieldInvalid("dueDate", "validation.task-extension-not-later");
		}
		return requested;
	}

	/** @throws FieldInvalid {@code reason} when blank: a return or a refusal says why. */
	public static String reason(@Nullable String reason) {
		if (reason == null || reason.isBlank()) {
			throw new FieldInvalid("reason", "validation.required");
		}
		return reason.strip();
	}

}
