package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Appointment;
import vn.motcua.calendar.ClockStopMode;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Texts;
import vn.motcua.shared.Vietnam;

import static vn.motcua.dossier.DossierStatus.IN_PROGRESS;
import static vn.motcua.dossier.DossierStatus.RECEIVED;
import static vn.motcua.dossier.DossierStatus.RESOLVED;
import static vn.motcua.dossier.DossierStatus.SUPPLEMENT_REQUESTED;

/**
 * A dossier and its lifecycle (RULES.md §2). Every transition checks the current state, records
 * a timeline entry and leaves the aggregate consistent; an illegal one throws
 * {@code illegal-transition}. Who may act is {@link ActionPolicy}'s business.
 */
public final class Dossier {

	private final UUID id;

	private final String code;

	private final Intake intake;

	private DossierStatus status;

	private @Nullable Instant dueAt;

	private @Nullable Instant rescheduledDueAt;

	private @Nullable Integer currentStep;

	private @Nullable Instant resolvedAt;

	private @Nullable Timeliness timeliness;

	private @Nullable Instant closedAt;

	private final List<DossierStep> steps;

	private final List<ClockStopEntry> stops;

	private final long version;

	private final List<TimelineEntry> newEntries = new ArrayList<>();

	private final Set<Integer> changedSteps = new LinkedHashSet<>();

	private boolean stopsChanged;

	public Dossier(UUID id, String code, Intake intake, DossierStatus status, @Nullable Instant dueAt,
			@Nullable Instant rescheduledDueAt, @Nullable Integer currentStep, @Nullable Instant resolvedAt,
			@Nullable Timeliness timeliness, @Nullable Instant closedAt, List<DossierStep> steps,
			List<ClockStopEntry> stops, long version) {
		this.id = id;
		this.code = code;
		this.intake = intake;
		this.status = status;
		this.dueAt = dueAt;
		this.rescheduledDueAt = rescheduledDueAt;
		this.currentStep = currentStep;
		this.resolvedAt = resolvedAt;
		this.timeliness = timeliness;
		this.closedAt = closedAt;
		this.steps = new ArrayList<>(steps);
		this.stops = new ArrayList<>(stops);
		this.version = version;
	}

	/**
	 * Receives a dossier: counting starts, every step gets its due moment from its share.
	 * @param template the internal process as (name, role, share in hours), in order.
	 */
	public static Dossier receive(String code, Intake intake, Instant dueAt, List<DossierStep> template,
			Schedule schedule, Actor actor) {
		var dossier = new Dossier(UUID.randomUUID(), code, intake, RECEIVED, dueAt, null,
				template.isEmpty() ? null : 1, null, null, null, template, List.of(), 0);
		dossier.planSteps(intake.countFrom(), schedule);
		if (!template.isEmpty()) {
			dossier.steps.get(0).startedAt = intake.receivedAt();
		}
		dossier.record(intake.receivedAt(), DossierAction.RECEIVE, actor, null, RECEIVED, null);
		return dossier;
	}

	/**
	 * Not received at the counter: incomplete (the applicant is told once, fully, what to add) or
	 * refused. The dossier is recorded and closed; no time limit runs.
	 */
	public static Dossier turnAway(String code, Intake intake, boolean refused, @Nullable String reason, Actor actor) {
		requireNote(reason);
		var dossier = new Dossier(UUID.randomUUID(), code, intake, DossierStatus.NOT_RECEIVED, null, null, null, null, null,
				intake.receivedAt(), List.of(), List.of(), 0);
		dossier.record(intake.receivedAt(), refused ? DossierAction.REFUSE : DossierAction.REQUEST_SUPPLEMENT, actor, null,
				DossierStatus.NOT_RECEIVED, reason);
		return dossier;
	}

	/** The head of unit gives the current step to an official. */
	public void assign(String assignee, @Nullable String note, Actor actor, Instant now) {
		require(DossierAction.ASSIGN, RECEIVED, IN_PROGRESS);
		if (assignee.isBlank()) {
			throw new DomainException(Kind.INVALID, "assignee-required");
		}
		DossierStep step = current(DossierAction.ASSIGN);
		step.assignee = assignee.strip();
		if (step.startedAt == null) {
			step.startedAt = now;
		}
		this.changedSteps.add(step.position());
		move(DossierAction.ASSIGN, IN_PROGRESS, actor, now, note);
	}

	/** The current step is done; the next one starts. */
	public void completeStep(@Nullable String note, Actor actor, Instant now) {
		require(DossierAction.COMPLETE_STEP, RECEIVED, IN_PROGRESS);
		finish(current(DossierAction.COMPLETE_STEP), actor, now);
		move(DossierAction.COMPLETE_STEP, IN_PROGRESS, actor, now, note);
	}

	/** Documents are missing after appraisal: the clock stops until they come. */
	public void requestSupplement(@Nullable String note, Actor actor, Instant now) {
		require(DossierAction.REQUEST_SUPPLEMENT, RECEIVED, IN_PROGRESS);
		requireNote(note);
		this.stops.add(new ClockStopEntry(this.stops.size() + 1, now, null, ClockStopEntry.Kind.SUPPLEMENT));
		this.stopsChanged = true;
		move(DossierAction.REQUEST_SUPPLEMENT, SUPPLEMENT_REQUESTED, actor, now, note);
	}

	/**
	 * The complete dossier is back: the clock runs again and the deadline moves (pause) or starts
	 * over (restart), as the rule version says; the remaining steps are planned from now.
	 */
	public void supplementReceived(@Nullable String note, Actor actor, Instant now, Schedule schedule) {
		require(DossierAction.SUPPLEMENT_RECEIVED, SUPPLEMENT_REQUESTED);
		resumeClock(now);
		Instant due = schedule.dueAfter(this.intake, stopsOf(ClockStopEntry.Kind.SUPPLEMENT)).orElseThrow();
		// a restart counts from now; a pause keeps every earlier wait for payment out of the limit too
		Instant since = this.intake.clockStopMode() == ClockStopMode.RESTART ? now : this.intake.receivedAt();
		for (ClockStopEntry payment : stopsOf(ClockStopEntry.Kind.PAYMENT)) {
			if (!payment.stoppedAt().isBefore(since) && payment.resumedAt() != null) {
				due = schedule.plusWorkingHours(due, hours(schedule.workingTimeBetween(payment.stoppedAt(), payment.resumedAt())));
			}
		}
		this.dueAt = due;
		planSteps(now, schedule);
		move(DossierAction.SUPPLEMENT_RECEIVED, IN_PROGRESS, actor, now, note);
	}

	/** Fees or a financial obligation must be met first: the clock stops. */
	public void requestPayment(@Nullable String note, Actor actor, Instant now) {
		require(DossierAction.REQUEST_PAYMENT, RECEIVED, IN_PROGRESS);
		requireNote(note);
		this.stops.add(new ClockStopEntry(this.stops.size() + 1, now, null, ClockStopEntry.Kind.PAYMENT));
		this.stopsChanged = true;
		move(DossierAction.REQUEST_PAYMENT, DossierStatus.FINANCIAL_OBLIGATION, actor, now, note);
	}

	/** The obligation is met: the waiting time is added to the deadline, whatever the rule version. */
	public void paymentReceived(@Nullable String note, Actor actor, Instant now, Schedule schedule) {
		require(DossierAction.PAYMENT_RECEIVED, DossierStatus.FINANCIAL_OBLIGATION);
		ClockStopEntry stop = resumeClock(now);
		if (this.dueAt != null) {
			this.dueAt = schedule.plusWorkingHours(this.dueAt, hours(schedule.workingTimeBetween(stop.stoppedAt(), now)));
		}
		planSteps(now, schedule);
		move(DossierAction.PAYMENT_RECEIVED, IN_PROGRESS, actor, now, note);
	}

	/** Late: apology and the one new appointment allowed. */
	public void apologise(@Nullable Instant newDueAt, @Nullable String note, Actor actor, Instant now) {
		require(DossierAction.APOLOGISE, RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION);
		if (newDueAt == null) {
			throw new DomainException(Kind.INVALID, "new-appointment-required");
		}
		this.rescheduledDueAt = appointment().reschedule(atVietnam(newDueAt)).rescheduledTo().toInstant();
		record(now, DossierAction.APOLOGISE, actor, this.status, this.status, note);
	}

	/** Refused after appraisal, with written reasons. */
	public void refuse(@Nullable String note, Actor actor, Instant now) {
		require(DossierAction.REFUSE, RECEIVED, IN_PROGRESS);
		requireNote(note);
		this.closedAt = now;
		this.currentStep = null;
		this.timeliness = this.dueAt == null ? Timeliness.ON_TIME : appointment().judge(atVietnam(now));
		move(DossierAction.REFUSE, DossierStatus.REFUSED, actor, now, note);
	}

	/** The result is ready: every step is done (the last one may be finished by this action). */
	public void resolve(@Nullable String note, Actor actor, Instant now) {
		require(DossierAction.RESOLVE, RECEIVED, IN_PROGRESS);
		if (this.currentStep != null) {
			if (this.currentStep < this.steps.size()) {
				throw new DomainException(Kind.CONFLICT, "steps-pending", this.steps.size() - this.currentStep + 1);
			}
			finish(this.steps.get(this.currentStep - 1), actor, now);
		}
		this.resolvedAt = now;
		this.timeliness = this.dueAt == null ? Timeliness.ON_TIME : appointment().judge(atVietnam(now));
		move(DossierAction.RESOLVE, RESOLVED, actor, now, note);
	}

	/** The result is handed over. */
	public void returnResult(@Nullable String note, Actor actor, Instant now) {
		require(DossierAction.RETURN_RESULT, RESOLVED);
		this.closedAt = now;
		move(DossierAction.RETURN_RESULT, DossierStatus.RESULT_RETURNED, actor, now, note);
	}

	/** The applicant withdraws (or processing stops) while no result exists. */
	public void withdraw(@Nullable String note, Actor actor, Instant now) {
		require(DossierAction.WITHDRAW, RECEIVED, IN_PROGRESS, SUPPLEMENT_REQUESTED, DossierStatus.FINANCIAL_OBLIGATION);
		requireNote(note);
		if (this.status.isClockStopped()) {
			resumeClock(now);
		}
		this.closedAt = now;
		this.currentStep = null;
		move(DossierAction.WITHDRAW, DossierStatus.WITHDRAWN, actor, now, note);
	}

	/**
	 * @param inScope whether a unit is in the official's scope.
	 * @return whether the official may see the dossier: it belongs to a unit of theirs, or one of
	 * its inter-agency steps does.
	 */
	public boolean visibleTo(Predicate<UUID> inScope) {
		return inScope.test(this.intake.unitId())
				|| this.steps.stream().anyMatch(s -> s.actingUnitId() != null && inScope.test(s.actingUnitId()));
	}

	/** @return whether a pending dossier is past its due moment at {@code now}. */
	public boolean isOverdueAt(Instant now) {
		return this.status.isPending() && !this.status.isClockStopped() && this.dueAt != null
				&& now.isAfter(this.dueAt);
	}

	/** Closes the open clock stop at {@code now}. */
	private ClockStopEntry resumeClock(Instant now) {
		ClockStopEntry resumed = this.stops.remove(this.stops.size() - 1).resumed(now);
		this.stops.add(resumed);
		this.stopsChanged = true;
		return resumed;
	}

	private List<ClockStopEntry> stopsOf(ClockStopEntry.Kind kind) {
		return this.stops.stream().filter(s -> s.kind() == kind).toList();
	}

	private static double hours(Duration duration) {
		return duration.toSeconds() / 3600.0;
	}

	private void finish(DossierStep step, Actor actor, Instant now) {
		step.completedAt = now;
		step.completedBy = actor.username();
		step.timeliness = step.dueAt == null ? Timeliness.ON_TIME : Appointment.of(atVietnam(step.dueAt)).judge(atVietnam(now));
		this.changedSteps.add(step.position());
		if (step.position() < this.steps.size()) {
			DossierStep next = this.steps.get(step.position());
			next.startedAt = now;
			this.changedSteps.add(next.position());
			this.currentStep = next.position();
		}
		else {
			this.currentStep = null;
		}
	}

	/** Due moments of the steps not yet done: their cumulative shares from {@code from}, never past the dossier's. */
	private void planSteps(Instant from, Schedule schedule) {
		double hours = 0;
		for (DossierStep step : this.steps) {
			if (step.isCompleted()) {
				continue;
			}
			hours += step.shareHours();
			Instant due = schedule.plusWorkingHours(from, hours);
			step.dueAt = this.dueAt != null && due.isAfter(this.dueAt) ? this.dueAt : due;
			this.changedSteps.add(step.position());
		}
	}

	private DossierStep current(DossierAction action) {
		if (this.currentStep == null) {
			throw new DomainException(Kind.CONFLICT, "no-current-step", action);
		}
		return this.steps.get(this.currentStep - 1);
	}

	private void require(DossierAction action, DossierStatus... allowed) {
		for (DossierStatus s : allowed) {
			if (this.status == s) {
				return;
			}
		}
		throw new DomainException(Kind.CONFLICT, "illegal-transition", action, this.status);
	}

	private static void requireNote(@Nullable String note) {
		if (note == null || note.isBlank()) {
			throw new DomainException(Kind.INVALID, "note-required");
		}
	}

	private void move(DossierAction action, DossierStatus to, Actor actor, Instant now, @Nullable String note) {
		DossierStatus from = this.status;
		this.status = to;
		record(now, action, actor, from, to, note);
	}

	private void record(Instant at, DossierAction action, Actor actor, @Nullable DossierStatus from, DossierStatus to,
			@Nullable String note) {
		this.newEntries.add(new TimelineEntry(at, action, actor.username(), actor.unitId(), from, to,
				Texts.blankToNull(note)));
	}

	private Appointment appointment() {
		return new Appointment(atVietnam(this.dueAt == null ? this.intake.receivedAt() : this.dueAt),
				this.rescheduledDueAt == null ? null : atVietnam(this.rescheduledDueAt));
	}

	private static OffsetDateTime atVietnam(Instant instant) {
		return instant.atZone(Vietnam.ZONE).toOffsetDateTime();
	}

	public UUID id() {
		return this.id;
	}

	public String code() {
		return this.code;
	}

	public Intake intake() {
		return this.intake;
	}

	public DossierStatus status() {
		return this.status;
	}

	public @Nullable Instant dueAt() {
		return this.dueAt;
	}

	public @Nullable Instant rescheduledDueAt() {
		return this.rescheduledDueAt;
	}

	public @Nullable Integer currentStep() {
		return this.currentStep;
	}

	public @Nullable Instant resolvedAt() {
		return this.resolvedAt;
	}

	public @Nullable Timeliness timeliness() {
		return this.timeliness;
	}

	public @Nullable Instant closedAt() {
		return this.closedAt;
	}

	public List<DossierStep> steps() {
		return Collections.unmodifiableList(this.steps);
	}

	public List<ClockStopEntry> stops() {
		return Collections.unmodifiableList(this.stops);
	}

	public long version() {
		return this.version;
	}

	/** @return the timeline entries recorded since loading, to be stored. */
	public List<TimelineEntry> newEntries() {
		return Collections.unmodifiableList(this.newEntries);
	}

	/** @return the steps changed since loading. */
	public List<DossierStep> changedSteps() {
		return this.changedSteps.stream().map(p -> this.steps.get(p - 1)).toList();
	}

	public boolean stopsChanged() {
		return this.stopsChanged;
	}

	/** The repository stored every change: forget them, so the next store writes only new ones. */
	public void markStored() {
		this.newEntries.clear();
		this.changedSteps.clear();
		this.stopsChanged = false;
	}

	/** @return the step being worked on, if any. */
	public Optional<DossierStep> currentStepDetail() {
		return Optional.ofNullable(this.currentStep).map(p -> this.steps.get(p - 1));
	}

}
