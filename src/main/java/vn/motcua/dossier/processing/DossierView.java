package vn.motcua.dossier.processing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.ClockStopMode;
import vn.motcua.calendar.RuleVersion;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;

/**
 * A dossier with its steps, clock stops and timeline (the process control sheet).
 *
 * @param lookupSecret printed on the receipt: with the code, it opens the public lookup.
 * @param dueAt the legal due moment (moved by clock stops); {@code rescheduledDueAt} the one new
 * appointment after an apology; {@code appointment} what the applicant now expects.
 * @param overdue pending and past {@code dueAt} (never while the clock stands still).
 * @param deskAgencyCode the desk that received the dossier for the competent agency of
 * {@code agencyCode} (Decree 118/2025 Art. 7, 14), {@literal null} when it received it itself;
 * {@code paperDueAt} when its paper set must reach that agency.
 */
public record DossierView(UUID id, String code, DossierStatus status, int nationalStatus, String procedureCode,
		String procedureName, String agencyCode, UUID unitId, Channel channel, ApplicantView applicant,
		String lookupSecret, OffsetDateTime receivedAt, OffsetDateTime countFrom, @Nullable OffsetDateTime dueAt,
		@Nullable OffsetDateTime rescheduledDueAt, @Nullable OffsetDateTime appointment, int timeLimit,
		TimeLimitUnit timeUnit, RuleVersion ruleVersion, ClockStopMode clockStopMode, @Nullable Integer currentStep,
		boolean overdue, @Nullable OffsetDateTime resolvedAt, @Nullable Timeliness timeliness, List<StepView> steps,
		List<ClockStopView> clockStops, List<TimelineView> timeline, long version, @Nullable String deskAgencyCode,
		@Nullable OffsetDateTime paperDueAt) {

	/** The applicant as typed at intake. */
	public record ApplicantView(String fullName, @Nullable String idNumber, @Nullable String phone,
			@Nullable String email, @Nullable String address) {
	}

	/**
	 * A step with its due moment and outcome.
	 *
	 * @param actingUnitId the unit of the other agency acting on an inter-agency step.
	 */
	public record StepView(int position, String name, String role, double shareHours, @Nullable UUID actingUnitId,
			@Nullable OffsetDateTime dueAt,
			@Nullable String assignee, @Nullable OffsetDateTime startedAt, @Nullable OffsetDateTime completedAt,
			@Nullable String completedBy, @Nullable Timeliness timeliness) {
	}

	/** A clock stop; {@code resumedAt} {@literal null} while open. */
	public record ClockStopView(OffsetDateTime stoppedAt, @Nullable OffsetDateTime resumedAt) {
	}

	/** A line of the process control sheet. */
	public record TimelineView(OffsetDateTime at, DossierAction action, String actor, @Nullable DossierStatus fromStatus,
			DossierStatus toStatus, @Nullable String note) {
	}

}
