package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.shared.Actor;

/**
 * A dossier and its lifecycle (RULES.md §2), the aggregate root: each transition is checked by
 * {@link DossierLifecycle}, moves its {@link StepPlan}, {@link ClockStops} and {@link Deadlines}, and
 * records its timeline entry and event to store and publish. Who may act is {@link ActionPolicy}'s.
 */
public final class Dossier {

	private final UUID id;

	private final String code;

	private final Intake intake;

	private DossierStatus status;

	private final Deadlines deadlines;

	private @Nullable Instant resolvedAt;

	private @Nullable Instant closedAt;

	private final StepPlan steps;

	private final ClockStops stops;

	private final long version;

	private final DossierHistory history;

	public Dossier(UUID id, String code, Intake intake, DossierStatus status, @Nullable Instant dueAt,
			@Nullable Instant rescheduledDueAt, @Nullable Integer currentStep, @Nullable Instant resolvedAt,
			@Nullable Timeliness timeliness, @Nullable Instant closedAt, List<DossierStep> steps,
			List<ClockStopEntry> stops, long version, List<TimelineEntry> timeline) {
		this.id = id;
		this.code = code;
		this.intake = intake;
		this.status = status;
		this.deadlines = new Deadlines(intake.receivedAt(), dueAt, rescheduledDueAt, timeliness);
		this.resolvedAt = resolvedAt;
		this.closedAt = closedAt;
		this.steps = new StepPlan(steps, currentStep);
		this.stops = new ClockStops(stops);
		this.version = version;
		this.history = new DossierHistory(timeline);
	}

	/** Receives a dossier: counting starts, the steps of {@code template} are planned, the first starts. */
	public static Dossier receive(String code, Intake intake, Instant dueAt, List<DossierStep> template,
			Schedule schedule, Actor actor) {
		var dossier = new Dossier(UUID.randomUUID(), code, intake, DossierStatus.RECEIVED, dueAt, null,
				template.isEmpty() ? null : 1, null, null, null, template, List.of(), 0, List.of());
		dossier.steps.plan(intake.countFrom(), dueAt, schedule);
		dossier.steps.startFirst(intake.receivedAt());
		dossier.history.record(intake.receivedAt(), DossierAction.RECEIVE, actor, null, DossierStatus.RECEIVED, null);
		dossier.history.received(dossier);
		return dossier;
	}

	/** Not received at the counter (incomplete or refused): closed, no time limit, only {@code DossierTurnedAway}. */
	public static Dossier turnAway(String code, Intake intake, boolean refused, @Nullable String reason, Actor actor) {
		DossierLifecycle.requireNote(reason);
		var dossier = new Dossier(UUID.randomUUID(), code, intake, DossierStatus.NOT_RECEIVED, null, null, null, null, null,
				intake.receivedAt(), List.of(), List.of(), 0, List.of());
		DossierAction action = refused ? DossierAction.REFUSE : DossierAction.REQUEST_SUPPLEMENT;
		dossier.history.record(intake.receivedAt(), action, actor, null, DossierStatus.NOT_RECEIVED, reason);
		dossier.history.turnedAway(dossier, refused);
		return dossier;
	}

	/** The head of unit gives the current step to an official {@code eligible} for it (role, unit). */
	public void assign(String assignee, Predicate<String> eligible, @Nullable String note, Actor actor, Instant now) {
		DossierLifecycle.check(DossierAction.ASSIGN, this.status, note);
		this.steps.assignCurrent(assignee.strip(), eligible, now);
		move(DossierAction.ASSIGN, actor, now, note);
	}

	/** The current step is done, the next one starts; after the last, the result is ready ({@code RESOLVE}). */
	public void completeStep(@Nullable String note, Actor actor, Instant now) {
		DossierLifecycle.check(DossierAction.COMPLETE_STEP, this.status, note);
		if (this.steps.isLastCurrent()) {
			resolve(note, actor, now);
			return;
		}
		this.steps.completeCurrent(actor.username(), now);
		move(DossierAction.COMPLETE_STEP, actor, now, note);
	}

	/** The current step goes back to the previous one, with the reason (the leader does not sign the draft). */
	public void sendBack(@Nullable String note, Actor actor, Instant now) {
		DossierLifecycle.check(DossierAction.SEND_BACK, this.status, note);
		this.steps.sendBack(now);
		move(DossierAction.SEND_BACK, actor, now, note);
	}

	/** Documents are missing after appraisal: the clock stops until they come ({@link SupplementRule}). */
	public void requestSupplement(@Nullable String note, @Nullable String reason, Actor actor, Instant now,
			Schedule schedule) {
		DossierLifecycle.check(DossierAction.REQUEST_SUPPLEMENT, this.status, note);
		String recorded = SupplementRule.recorded(note, reason, this, schedule, now);
		this.stops.stop(ClockStopEntry.Kind.SUPPLEMENT, now);
		move(DossierAction.REQUEST_SUPPLEMENT, actor, now, recorded);
	}

	/** The complete dossier is back: the deadline moves or starts over (rule version), steps replanned. */
	public void supplementReceived(@Nullable String note, Actor actor, Instant now, Schedule schedule) {
		DossierLifecycle.check(DossierAction.SUPPLEMENT_RECEIVED, this.status, note);
		this.stops.resume(now);
		this.deadlines.moveTo(this.stops.dueAfterSupplement(this.intake, now, schedule));
		this.steps.plan(now, this.deadlines.due(), schedule);
		move(DossierAction.SUPPLEMENT_RECEIVED, actor, now, note);
	}

	/** Fees or a financial obligation must be met first: the clock stops. */
	public void requestPayment(@Nullable String note, Actor actor, Instant now) {
		DossierLifecycle.check(DossierAction.REQUEST_PAYMENT, this.status, note);
		this.stops.stop(ClockStopEntry.Kind.PAYMENT, now);
		move(DossierAction.REQUEST_PAYMENT, actor, now, note);
	}

	/** The obligation is met: the waiting time is added to the deadline, whatever the rule version. */
	public void paymentReceived(@Nullable String note, Actor actor, Instant now, Schedule schedule) {
		DossierLifecycle.check(DossierAction.PAYMENT_RECEIVED, this.status, note);
		this.deadlines.addWait(this.stops.resume(now).stoppedAt(), now, schedule);
		this.steps.plan(now, this.deadlines.due(), schedule);
		move(DossierAction.PAYMENT_RECEIVED, actor, now, note);
	}

	/** Running late: apology and the one new appointment allowed, at the latest the day before the due date. */
	public void apologise(@Nullable Instant newDueAt, @Nullable String note, Actor actor, Instant now) {
		DossierLifecycle.check(DossierAction.APOLOGISE, this.status, note);
		this.deadlines.reschedule(newDueAt, now);
		move(DossierAction.APOLOGISE, actor, now, note);
	}

	/** Refused after appraisal, with written reasons. */
	public void refuse(@Nullable String note, Actor actor, Instant now) {
		DossierLifecycle.check(DossierAction.REFUSE, this.status, note);
		this.closedAt = now;
		this.steps.stop();
		this.deadlines.judge(now);
		move(DossierAction.REFUSE, actor, now, note);
	}

	/** The result is ready: every step is done (the last one may be finished by this action). */
	public void resolve(@Nullable String note, Actor actor, Instant now) {
		DossierLifecycle.check(DossierAction.RESOLVE, this.status, note);
		this.steps.completeForResult(actor.username(), now);
		this.resolvedAt = now;
		this.deadlines.judge(now);
		move(DossierAction.RESOLVE, actor, now, note);
	}

	/** The result is handed over. */
	public void returnResult(@Nullable String note, Actor actor, Instant now) {
		DossierLifecycle.check(DossierAction.RETURN_RESULT, this.status, note);
		this.closedAt = now;
		move(DossierAction.RETURN_RESULT, actor, now, note);
	}

	/** The applicant withdraws (or processing stops) while no result exists. */
	public void withdraw(@Nullable String note, Actor actor, Instant now) {
		DossierLifecycle.check(DossierAction.WITHDRAW, this.status, note);
		if (this.status.isClockStopped()) {
			this.stops.resume(now);
		}
		this.closedAt = now;
		this.steps.stop();
		move(DossierAction.WITHDRAW, actor, now, note);
	}

	/** @return whether a unit {@code inScope} accepts holds the dossier, received it or acts in one of its steps. */
	public boolean visibleTo(Predicate<UUID> inScope) {
		return inScope.test(this.intake.unitId()) || inScope.test(this.intake.receivingUnitId())
				|| this.steps.anyActingIn(inScope);
	}

	/** @return whether an apology may still set the one new appointment at {@code now}. */
	public boolean mayApologiseAt(Instant now) {
		return this.deadlines.reschedulableAt(now);
	}

	/** @return whether a pending dossier is past its due moment at {@code now}. */
	public boolean isOverdueAt(Instant now) {
		return this.status.isPending() && !this.status.isClockStopped() && this.deadlines.isPastAt(now);
	}

	/** @return the events recorded since the last call, in order, to publish; never {@literal null}. */
	public List<Object> releaseEvents() {
		return this.history.release();
	}

	/** @return a copy as stored at {@code storedVersion}, that changes independently of this one. */
	public Dossier copyAt(long storedVersion) {
		return new Dossier(this.id, this.code, this.intake, this.status, dueAt(), rescheduledDueAt(), currentStep(),
				this.resolvedAt, timeliness(), this.closedAt, this.steps.copies(), stops(), storedVersion, timeline());
	}

	/** Enters the state the action leads to, then records its timeline entry and its event. */
	private void move(DossierAction action, Actor actor, Instant now, @Nullable String note) {
		DossierStatus from = this.status;
		this.status = DossierLifecycle.after(action, from);
		this.history.record(now, action, actor, from, this.status, note);
		this.history.changed(this, action, from, now);
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
		return this.deadlines.due();
	}

	public @Nullable Instant rescheduledDueAt() {
		return this.deadlines.rescheduled();
	}

	public @Nullable Integer currentStep() {
		return this.steps.current();
	}

	public @Nullable Instant resolvedAt() {
		return this.resolvedAt;
	}

	public @Nullable Timeliness timeliness() {
		return this.deadlines.timeliness();
	}

	public @Nullable Instant closedAt() {
		return this.closedAt;
	}

	public List<DossierStep> steps() {
		return this.steps.list();
	}

	/** @return the steps changed since the last store. */
	public List<DossierStep> changedSteps() {
		return this.steps.changed();
	}

	public List<ClockStopEntry> stops() {
		return this.stops.list();
	}

	/** @return whether a clock stop was added or closed since the last store. */
	public boolean stopsChanged() {
		return this.stops.changed();
	}

	public long version() {
		return this.version;
	}

	/** @return the whole timeline, as loaded plus what was recorded since; never {@literal null}. */
	public List<TimelineEntry> timeline() {
		return this.history.all();
	}

	/** @return the timeline entries recorded since the last store, to be stored. */
	public List<TimelineEntry> newEntries() {
		return this.history.unstored();
	}

	/** The repository stored every change: forget them, so the next store writes only new ones. */
	public void markStored() {
		this.history.markStored();
		this.steps.markStored();
		this.stops.markStored();
	}

	/** @return the step being worked on, if any. */
	public Optional<DossierStep> currentStepDetail() {
		return Optional.ofNullable(this.steps.currentStep());
	}

}
