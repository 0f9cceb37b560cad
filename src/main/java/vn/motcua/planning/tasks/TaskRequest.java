package vn.motcua.planning.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A task to assign: what, who leads (a unit's or a department's code, optionally an official) and
 * supports, by when (a date, or working days counted from the day after assignment on the lead
 * unit's calendar), and where it comes from.
 */
public record TaskRequest(@Nullable String title, @Nullable String output, @Nullable String leadUnit,
		@Nullable String leadOfficial, @Nullable List<String> supportUnits, @Nullable LocalDate dueDate,
		@Nullable Integer workingDays, @Nullable Source source) {

	/**
	 * Where the task comes from: {@code PLAN} with the plan's id, {@code MEETING} or
	 * {@code DIRECTIVE} with a conclusion's id, or a reference in words (a document number).
	 */
	public record Source(@Nullable String kind, @Nullable UUID id, @Nullable String reference) {
	}

}
