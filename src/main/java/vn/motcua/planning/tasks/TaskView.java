package vn.motcua.planning.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.planning.domain.Outcome;
import vn.motcua.planning.domain.TaskStatus;
import vn.motcua.shared.Vietnam;

/** A task as lists, its page and the API show it: names instead of ids, and how it counts today. */
public record TaskView(UUID id, String title, @Nullable String output, String sourceKind, @Nullable String sourceReference,
		@Nullable UUID planId, @Nullable UUID conclusionId, Place leadUnit, @Nullable String leadAgency,
		@Nullable String leadOfficial, @Nullable String leadOfficialName, List<Place> supportUnits, Place assignerUnit,
		String assignedBy, Instant assignedAt, @Nullable Integer workingDays, LocalDate originalDue, LocalDate dueDate,
		@Nullable LocalDate requestedDue, TaskStatus status, Outcome outcome, int percent, @Nullable LocalDate doneOn) {

	/** A unit by its code and name. */
	public record Place(String code, String name) {
	}

	/** @return the lead as read: the department, or the unit. */
	public String lead() {
		return this.leadAgency != null ? this.leadAgency : this.leadUnit.name();
	}

	/** @return the day it was assigned, in Vietnam. */
	public LocalDate assignedOn() {
		return LocalDate.ofInstant(this.assignedAt, Vietnam.ZONE);
	}

	/** @return whether an approved extension moved the deadline. */
	public boolean extended() {
		return this.dueDate.isAfter(this.originalDue);
	}

	/** A task's page: the task, its history, its files and what the reader may do with it. */
	public record Detail(TaskView task, List<Event> history, List<TaskFiles.TaskFile> files, Rights may) {
	}

	/** A step of a task's history: who did what, when, with the note, percentage or date it gave. */
	public record Event(long id, String kind, @Nullable Integer percent, @Nullable String note,
			@Nullable LocalDate requestedDue, String actor, String actorName, Instant at) {

		/** @return when, in Vietnam. */
		public OffsetDateTime local() {
			return this.at.atZone(Vietnam.ZONE).toOffsetDateTime();
		}

	}

	/** What the reader may do now. */
	public record Rights(boolean progress, boolean reportDone, boolean accept, boolean cancel, boolean requestExtension,
			boolean decideExtension) {
	}

}
