package vn.motcua.portal.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import vn.motcua.calendar.Channel;
import vn.motcua.organization.UnitView;
import vn.motcua.portal.domain.Feedback;
import vn.motcua.portal.domain.FeedbackDeadlines;
import vn.motcua.portal.domain.FeedbackSubmission;
import vn.motcua.portal.domain.Receipt;
import vn.motcua.shared.DomainException;

import org.springframework.stereotype.Component;

/**
 * The receipt of a new feedback: dated now, numbered in the year's sequence, with the unit
 * concerned (the top unit when the submitter named none) and its 5-working-day forwarding deadline.
 */
@Component
class FeedbackReceipts {

	private final FeedbackUnits units;

	private final RegisterNumbers numbers;

	FeedbackReceipts(FeedbackUnits units, RegisterNumbers numbers) {
		this.units = units;
		this.numbers = numbers;
	}

	/**
	 * @param unitCode the unit concerned, blank to leave the routing to the officials.
	 * @throws DomainException {@code unit-not-found} for an unknown unit code.
	 */
	Feedback receive(FeedbackSubmission submission, String unitCode, Channel channel) {
		Instant now = this.units.now();
		LocalDate today = LocalDate.ofInstant(now, this.units.zone());
		UnitView unit = this.units.concerned(unitCode, today);
		var receipt = new Receipt(UUID.randomUUID(), this.numbers.next(today.getYear()), now, channel,
				this.units.due(now, FeedbackDeadlines.FORWARD_DAYS, unit.id()));
		return Feedback.receive(receipt, submission, unit.id());
	}

}
