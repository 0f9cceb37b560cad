package vn.motcua.portal.feedback;

import java.time.Instant;
import java.util.List;

import vn.motcua.monitoring.OverdueItems;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Feedback and petitions past their deadline, chased with the dossiers in the heads' daily reminder. */
@Component
class FeedbackOverdue implements OverdueItems {

	private final FeedbackRepository feedback;

	FeedbackOverdue(FeedbackRepository feedback) {
		this.feedback = feedback;
	}

	@Override
	public String kind() {
		return "FEEDBACK";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> overdue(Instant now) {
		return this.feedback.overdueAt(now)
			.stream()
			.map(f -> new Item(f.handling().unitId(), f.registerNo(), f.submission().subject(), f.runningDeadline()))
			.toList();
	}

}
