package vn.motcua.portal.feedback;

import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import vn.motcua.portal.domain.Feedback;
import vn.motcua.portal.domain.FeedbackCategory;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officials' side of the register: classification and routing to the competent unit with the
 * answer deadline, forwarding out of competence, the answer and its publication. Each acts on a
 * feedback of the official's scope and publishes the event the transition recorded.
 */
@Service
@Transactional
class FeedbackHandling {

	private final FeedbackRegister register;

	private final FeedbackRepository feedback;

	private final FeedbackUnits units;

	private final FeedbackViews views;

	private final ApplicationEventPublisher events;

	FeedbackHandling(FeedbackRegister register, FeedbackRepository feedback, FeedbackUnits units, FeedbackViews views,
			ApplicationEventPublisher events) {
		this.register = register;
		this.feedback = feedback;
		this.units = units;
		this.views = views;
		this.events = events;
	}

	/**
	 * Classifies a feedback and gives it to the competent unit (inside the official's scope),
	 * which must answer within 5 working days of receipt, 7 when other agencies are consulted.
	 * @throws DomainException {@code feedback-not-found}, {@code forbidden}, {@code feedback-closed},
	 * {@code unit-not-found}.
	 */
	FeedbackView classify(UUID id, FeedbackCategory category, @Nullable String unitCode, boolean interAgency,
			Actor actor) {
		return change(id, actor, f -> f.classify(category, interAgency, actor, this.units.routing(unitCode, actor)));
	}

	/**
	 * Records that a feedback outside the competence was forwarded to the competent agency.
	 * @throws DomainException as {@link #classify}; {@code forwarded-to-required} without the agency.
	 */
	FeedbackView forward(UUID id, String forwardedTo, Actor actor) {
		return change(id, actor, f -> f.forward(forwardedTo, actor));
	}

	/**
	 * Answers a feedback; the answer is published on the portal when asked and the submitter
	 * consented.
	 * @throws DomainException as {@link #classify}; {@code answer-required}.
	 */
	FeedbackView answer(UUID id, String answer, boolean publish, Actor actor) {
		return change(id, actor, f -> f.answer(answer, publish, actor, this.units.now()));
	}

	/** @throws OptimisticLockingFailureException when someone changed it meanwhile. */
	private FeedbackView change(UUID id, Actor actor, Consumer<Feedback> transition) {
		Feedback handled = this.register.load(id, actor);
		transition.accept(handled);
		this.feedback.update(handled);
		handled.events().forEach(this.events::publishEvent);
		return this.views.view(this.feedback.find(id).orElseThrow());
	}

}
