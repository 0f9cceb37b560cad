package vn.motcua.portal.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.motcua.calendar.Channel;
import vn.motcua.organization.UnitView;
import vn.motcua.portal.domain.Feedback;
import vn.motcua.portal.domain.FeedbackCategory;
import vn.motcua.portal.domain.FeedbackDeadlines;
import vn.motcua.portal.domain.FeedbackSubmission;
import vn.motcua.portal.domain.Receipt;
import vn.motcua.shared.Actor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A feedback handled in the past, entered with its own moments (the demo's register): received,
 * classified to the unit concerned and answered by one of its officials, as the register would
 * have recorded it then. Publishes what the live path publishes.
 */
@Service
@Transactional
public class PastFeedback {

	private final FeedbackUnits units;

	private final RegisterNumbers numbers;

	private final FeedbackRepository feedback;

	private final ApplicationEventPublisher events;

	PastFeedback(FeedbackUnits units, RegisterNumbers numbers, FeedbackRepository feedback,
			ApplicationEventPublisher events) {
		this.units = units;
		this.numbers = numbers;
		this.feedback = feedback;
		this.events = events;
	}

	/**
	 * @param publish whether the answer is published (when the submitter consented).
	 * @return the register number.
	 * @throws vn.motcua.shared.DomainException {@code unit-not-found}, {@code forbidden} when
	 * {@code handler} may not handle feedback.
	 */
	public String answered(FeedbackSubmission submission, String unitCode, Channel channel, Instant receivedAt,
			FeedbackCategory category, Actor handler, String answer, Instant answeredAt, boolean publish) {
		LocalDate day = LocalDate.ofInstant(receivedAt, this.units.zone());
		UnitView unit = this.units.concerned(unitCode, day);
		var receipt = new Receipt(UUID.randomUUID(), this.numbers.next(day.getYear()), receivedAt, channel,
				this.units.due(receivedAt, FeedbackDeadlines.FORWARD_DAYS, unit.id()));
		Feedback f = Feedback.receive(receipt, submission, unit.id());
		this.feedback.insert(f);
		f.classify(category, false, handler, new Feedback.Routing() {

			@Override
			public UUID competentUnit(UUID current) {
				return current;
			}

			@Override
			public Instant answerDue(Instant received, UUID unitId, int workingDays) {
				return PastFeedback.this.units.due(received, workingDays, unitId);
			}

		});
		f.answer(answer, publish, handler, answeredAt);
		this.feedback.update(f);
		f.events().forEach(this.events::publishEvent);
		return f.registerNo();
	}

}
