package vn.motcua.dossier;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.Deadline;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.dossier.domain.ActionPolicy;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStep;
import vn.motcua.dossier.domain.Intake;
import vn.motcua.dossier.domain.TimelineEntry;
import vn.motcua.organization.AgencyView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitScope;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-stop desk's use cases: receive a dossier, act on it, read it. Each is one
 * transaction, committed before the answer; an official only reaches dossiers of the units in
 * their scope (others are not found).
 */
@Service
@Transactional
public class DossierManagement {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final DossierRepository dossiers;

	private final DossierCodes codes;

	private final CatalogueManagement catalogue;

	private final OrganizationManagement organization;

	private final CalendarManagement calendar;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DossierViews views;

	private final RecentDossiers recent;

	DossierManagement(DossierRepository dossiers, DossierCodes codes, CatalogueManagement catalogue,
			OrganizationManagement organization, CalendarManagement calendar, ApplicationEventPublisher events,
			Clock clock, RecentDossiers recent) {
		this.recent = recent;
		this.dossiers = dossiers;
		this.codes = codes;
		this.catalogue = catalogue;
		this.organization = organization;
		this.calendar = calendar;
		this.events = events;
		this.clock = clock;
		this.views = new DossierViews(clock.getZone());
	}

	/**
	 * Receives a dossier at {@code agencyCode}: the procedure version in force today, a new code,
	 * the due moment from the unit's calendar and the internal process's steps. Publishes
	 * {@link DossierReceived}.
	 * @throws DomainException {@code procedure-not-found}, {@code agency-not-found},
	 * {@code out-of-scope}, {@code forbidden}.
	 */
	public DossierView receive(IntakeRequest request, Actor actor) {
		if (!ActionPolicy.mayReceive(actor)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.clock.getZone());
		AgencyView agency = this.organization.agencyOn(request.agencyCode(), today)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "agency-not-found", request.agencyCode()));
		if (!this.organization.scopeOf(actor).contains(agency.unitId())) {
			throw new DomainException(Kind.FORBIDDEN, "out-of-scope");
		}
		ProcedureView procedure = this.catalogue.procedureOn(request.procedureCode().strip(), today)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "procedure-not-found", request.procedureCode()));
		Deadline deadline = this.calendar.deadline(now, procedure.timeLimit(), procedure.timeUnit(), request.channel(),
				agency.unitId(), List.of());
		var a = request.applicant();
		Intake intake = new Intake(procedure.id(), procedure.code(), procedure.name(), agency.id(), agency.code(),
				agency.unitId(), request.channel(), new Applicant(a.fullName().strip(), a.idNumber(), a.phone(), a.email(),
						a.address()),
				now, deadline.countFrom().toInstant(), procedure.timeLimit(), procedure.timeUnit(), deadline.ruleVersion(),
				deadline.clockStopMode(), actor.username(), lookupSecret());
		List<DossierStep> template = this.catalogue.processFor(procedure.id(), agency.id())
			.stream()
			.map(s -> new DossierStep(s.position(), s.name(), s.role(), s.shareHours(), actingUnit(s.actingAgencyCode()),
					null, null, null, null, null, null))
			.toList();
		String code = this.codes.next(agency.id(), agency.code(), today);
		IntakeRequest.Outcome outcome = request.outcome() == null ? IntakeRequest.Outcome.RECEIVE : request.outcome();
		Dossier dossier = outcome == IntakeRequest.Outcome.RECEIVE
				? Dossier.receive(code, intake, deadline.dueAt().toInstant(), template,
						new CalendarSchedule(this.calendar, intake), actor)
				: Dossier.turnAway(code, intake, outcome == IntakeRequest.Outcome.REFUSE, request.reason(), actor);
		List<TimelineEntry> timeline = List.copyOf(dossier.newEntries());
		this.dossiers.insert(dossier);
		this.recent.rememberAfterCommit(dossier, dossier.version(), timeline);
		if (dossier.status() == DossierStatus.RECEIVED) {
			this.events.publishEvent(new DossierReceived(dossier.id(), dossier.code(), agency.unitId(), agency.id(),
					procedure.code(), request.channel(), now, dossier.dueAt()));
		}
		return this.views.view(dossier, timeline, now);
	}

	/**
	 * Takes an action on a dossier. Publishes {@link DossierStatusChanged}.
	 * @throws DomainException {@code dossier-not-found} (also outside the scope), {@code forbidden},
	 * {@code illegal-transition}; {@link OptimisticLockingFailureException} when someone acted first.
	 */
	public DossierView act(String code, TransitionRequest request, Actor actor) {
		UnitScope scope = this.organization.scopeOf(actor);
		Optional<DossierRepository.Loaded> remembered = this.recent.get(code)
			.filter(l -> l.dossier().visibleTo(scope::contains))
			.filter(l -> request.version() == null || request.version() == l.dossier().version());
		try {
			return act(remembered.orElseGet(() -> find(code, actor)), request, actor);
		}
		catch (OptimisticLockingFailureException ex) {
			this.recent.forget(code);
			if (remembered.isEmpty()) {
				throw ex;
			}
			return act(find(code, actor), request, actor); // the remembered copy was stale: once more, from the database
		}
	}

	private DossierView act(DossierRepository.Loaded loaded, TransitionRequest request, Actor actor) {
		Dossier dossier = loaded.dossier();
		if (request.version() != null && request.version() != dossier.version()) {
			throw new OptimisticLockingFailureException("dossier " + dossier.code() + " is at version " + dossier.version());
		}
		if (!ActionPolicy.allows(request.action(), actor, dossier) || !mayActHere(request.action(), actor, dossier)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		Instant now = this.clock.instant();
		DossierStatus before = dossier.status();
		apply(dossier, request, actor, now);
		List<TimelineEntry> timeline = new ArrayList<>(loaded.timeline());
		timeline.addAll(dossier.newEntries());
		this.dossiers.update(dossier);
		this.recent.rememberAfterCommit(dossier, dossier.version() + 1, timeline);
		Intake intake = dossier.intake();
		DossierStep step = dossier.currentStep() == null ? null : dossier.steps().get(dossier.currentStep() - 1);
		this.events.publishEvent(new DossierStatusChanged(dossier.id(), dossier.code(), intake.unitId(),
				intake.procedureCode(), intake.procedureName(), intake.channel(), intake.receivedAt(), request.action(),
				before, dossier.status(), now, dossier.dueAt(), dossier.timeliness(),
				step == null ? null : step.assignee(), step == null ? null : step.dueAt()));
		return this.views.view(dossier, timeline, now);
	}

	/** @throws DomainException {@code dossier-not-found}, also for a dossier outside the scope. */
	@Transactional(readOnly = true)
	public DossierView get(String code, Actor actor) {
		DossierRepository.Loaded loaded = find(code, actor);
		return this.views.view(loaded.dossier(), loaded.timeline(), this.clock.instant());
	}

	private void apply(Dossier dossier, TransitionRequest request, Actor actor, Instant now) {
		String note = request.note();
		switch (request.action()) {
			case ASSIGN -> dossier.assign(request.assignee() == null ? "" : request.assignee(), note, actor, now);
			case COMPLETE_STEP -> dossier.completeStep(note, actor, now);
			case REQUEST_SUPPLEMENT -> dossier.requestSupplement(note, actor, now);
			case SUPPLEMENT_RECEIVED -> dossier.supplementReceived(note, actor, now,
					new CalendarSchedule(this.calendar, dossier.intake()));
			case REQUEST_PAYMENT -> dossier.requestPayment(note, actor, now);
			case PAYMENT_RECEIVED -> dossier.paymentReceived(note, actor, now,
					new CalendarSchedule(this.calendar, dossier.intake()));
			case APOLOGISE -> dossier.apologise(request.newDueAt() == null ? null : request.newDueAt().toInstant(), note,
					actor, now);
			case REFUSE -> dossier.refuse(note, actor, now);
			case RESOLVE -> dossier.resolve(note, actor, now);
			case RETURN_RESULT -> dossier.returnResult(note, actor, now);
			case WITHDRAW -> dossier.withdraw(note, actor, now);
			case RECEIVE -> throw new DomainException(Kind.CONFLICT, "illegal-transition", request.action(), dossier.status());
		}
	}

	/**
	 * An inter-agency step is completed by its acting agency only; that agency's officials do
	 * nothing else to a dossier another agency received.
	 */
	private boolean mayActHere(DossierAction action, Actor actor, Dossier dossier) {
		UnitScope scope = this.organization.scopeOf(actor);
		UUID acting = dossier.currentStepDetail().map(DossierStep::actingUnitId).orElse(null);
		if (action == DossierAction.COMPLETE_STEP && acting != null) {
			return scope.contains(acting);
		}
		return scope.contains(dossier.intake().unitId());
	}

	private @Nullable UUID actingUnit(@Nullable String agencyCode) {
		if (agencyCode == null) {
			return null;
		}
		return this.organization.latestAgencyWithCode(agencyCode)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "agency-not-found", agencyCode))
			.unitId();
	}

	private DossierRepository.Loaded find(String code, Actor actor) {
		UnitScope scope = this.organization.scopeOf(actor);
		return this.dossiers.load(code)
			.filter(l -> l.dossier().visibleTo(scope::contains))
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "dossier-not-found", code));
	}

	/** The secret printed on the receipt: the second factor of the public lookup. */
	private static String lookupSecret() {
		String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
		StringBuilder secret = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			secret.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
		}
		return secret.toString();
	}

}
