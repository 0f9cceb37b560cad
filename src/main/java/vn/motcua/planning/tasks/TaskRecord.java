package vn.motcua.planning.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.planning.domain.Outcome;
import vn.motcua.planning.domain.TaskStatus;

/**
 * A task as stored: where it comes from (a plan, a meeting's conclusion, a directive), who leads
 * it and who supports, who assigned it and when, its deadlines (the original one stays for the
 * figures), where it stands, and a later deadline asked for, if one is pending.
 */
public record TaskRecord(UUID id, String sourceKind, @Nullable UUID planId, @Nullable UUID conclusionId,
		@Nullable String sourceReference, String title, @Nullable String output, UUID leadUnitId,
		@Nullable UUID leadAgencyId, @Nullable String leadOfficial, List<UUID> supportUnitIds, UUID assignerUnitId,
		String assignedBy, Instant assignedAt, @Nullable Integer workingDays, LocalDate originalDue, LocalDate dueDate,
		TaskStatus status, int percent, @Nullable LocalDate doneOn, @Nullable LocalDate requestedDue) {

	/** @return how the task counts on {@code today}. */
	public Outcome outcome(LocalDate today) {
		return Outcome.of(this.status, this.originalDue, this.dueDate, this.doneOn, today);
	}

	/** @return whether its deadline was moved by an approved extension. */
	public boolean extended() {
		return this.dueDate.isAfter(this.originalDue);
	}

}
