package vn.motcua.portal.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.motcua.portal.FeedbackAnswered;
import vn.motcua.portal.FeedbackClassified;
import vn.motcua.portal.FeedbackForwarded;
import vn.motcua.portal.FeedbackReceived;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;

/**
 * A feedback or petition (phản ánh, kiến nghị; Decree 20/2008) and its lifecycle: received, then
 * classified and given to the competent unit ({@link FeedbackStatus#IN_HANDLING}, which may be
 * classified again), forwarded out of competence, or answered. Forwarded and answered are final.
 * Only the handlers' roles act on it; each transition checks that first, then the state
 * ({@code feedback-closed}), then its input, and records its event.
 */
public final class Feedback {

	private static final Set<Role> HANDLERS = Set.of(Role.ADMIN, Role.LEADER, Role.HEAD_OF_UNIT, Role.COMMUNE_OFFICER,
			Role.PAR_COMMITTEE);

	private final Receipt receipt;

	private final FeedbackSubmission submission;

	private FeedbackStatus status;

	private Handling handling;

	private final long version;

	private final List<Object> events = new ArrayList<>();

	/** A feedback as stored. */
	public Feedback(Receipt receipt, FeedbackSubmission submission, FeedbackStatus status, Handling handling, long version) {
		this.receipt = receipt;
		this.submission = submission;
		this.status = status;
		this.handling = handling;
		this.version = version;
	}

	/** Registers a feedback from the public with the unit concerned; it waits to be classified. */
	public static Feedback receive(Receipt receipt, FeedbackSubmission submission, UUID unitId) {
		var feedback = new Feedback(receipt, submission, FeedbackStatus.RECEIVED, Handling.at(unitId), 0);
		feedback.events.add(new FeedbackReceived(receipt.id(), receipt.registerNo(), unitId, receipt.receivedAt(),
				receipt.forwardDueAt()));
		return feedback;
	}

	/**
	 * Classifies the feedback and gives it to the competent unit, which must answer within
	 * {@link FeedbackDeadlines#answerDays} working days of receipt.
	 * @throws DomainException {@code forbidden}, {@code feedback-closed}, or what {@code routing} throws.
	 */
	public void classify(FeedbackCategory category, boolean interAgency, Actor actor, Routing routing) {
		mustBeHandledBy(actor);
		UUID unit = routing.competentUnit(this.handling.unitId());
		Instant due = routing.answerDue(this.receipt.receivedAt(), unit, FeedbackDeadlines.answerDays(interAgency));
		this.handling = this.handling.classified(unit, category, interAgency, due);
		this.status = FeedbackStatus.IN_HANDLING;
		this.events.add(new FeedbackClassified(id(), registerNo(), unit, due));
	}

	/**
	 * Records that the feedback, outside the competence, was forwarded to the competent agency.
	 * @throws DomainException {@code forbidden}, {@code feedback-closed}, {@code forwarded-to-required}.
	 */
	public void forward(String forwardedTo, Actor actor) {
		mustBeHandledBy(actor);
		if (forwardedTo.isBlank()) {
			throw new DomainException(Kind.INVALID, "forwarded-to-required");
		}
		this.handling = this.handling.forwarded(forwardedTo.strip());
		this.status = FeedbackStatus.FORWARDED;
		this.events.add(new FeedbackForwarded(id(), registerNo(), forwardedTo.strip()));
	}

	/**
	 * Answers the feedback; the answer is published when asked and the submitter consented.
	 * @throws DomainException {@code forbidden}, {@code feedback-closed}, {@code answer-required}.
	 */
	public void answer(String answer, boolean publish, Actor actor, Instant at) {
		mustBeHandledBy(actor);
		if (answer.isBlank()) {
			throw new DomainException(Kind.INVALID, "answer-required");
		}
		boolean published = publish && this.submission.publishConsent();
		this.handling = this.handling.answered(answer.strip(), at, actor.username(), published);
		this.status = FeedbackStatus.ANSWERED;
		this.events.add(new FeedbackAnswered(id(), registerNo(), this.handling.unitId(), at, published));
	}

	/** @return whether the feedback is open and past its deadline at {@code now}. */
	public boolean overdueAt(Instant now) {
		return FeedbackDeadlines.overdue(this.status, this.receipt.forwardDueAt(), this.handling.answerDueAt(), now);
	}

	/** @return the deadline that runs now: forwarding, or answering once classified. */
	public Instant runningDeadline() {
		return FeedbackDeadlines.running(this.status, this.receipt.forwardDueAt(), this.handling.answerDueAt());
	}

	private void mustBeHandledBy(Actor actor) {
		if (HANDLERS.stream().noneMatch(actor::hasRole)) {
			throw new DomainException(Kind.FORBIDDEN, "forbidden");
		}
		if (this.status == FeedbackStatus.ANSWERED || this.status == FeedbackStatus.FORWARDED) {
			throw new DomainException(Kind.CONFLICT, "feedback-closed", registerNo());
		}
	}

	public UUID id() {
		return this.receipt.id();
	}

	public String registerNo() {
		return this.receipt.registerNo();
	}

	public Receipt receipt() {
		return this.receipt;
	}

	public FeedbackSubmission submission() {
		return this.submission;
	}

	public FeedbackStatus status() {
		return this.status;
	}

	public Handling handling() {
		return this.handling;
	}

	public long version() {
		return this.version;
	}

	/** @return the events of the transitions since the feedback was loaded, in order. */
	public List<Object> events() {
		return Collections.unmodifiableList(this.events);
	}

	/**
	 * Where a classified feedback goes and by when it must be answered: the unit the officials
	 * chose (inside their scope) and its working calendar.
	 */
	public interface Routing {

		/** @return the unit that is to handle the feedback, given the one it is with. */
		UUID competentUnit(UUID current);

		/** @return {@code workingDays} working days after receipt by the calendar of {@code unitId}. */
		Instant answerDue(Instant receivedAt, UUID unitId, int workingDays);

	}

}
