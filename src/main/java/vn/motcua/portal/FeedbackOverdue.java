package vn.motcua.portal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.motcua.monitoring.OverdueItems;

/** Feedback and petitions past their deadline, chased with the dossiers in the heads' daily reminder. */
@Component
class FeedbackOverdue implements OverdueItems {

	private final FeedbackRegister register;

	FeedbackOverdue(FeedbackRegister register) {
		this.register = register;
	}

	@Override
	public String kind() {
		return "FEEDBACK";
	}

	@Override
	public List<Item> overdue(Instant now) {
		return this.register.overdue(now)
			.stream()
			.map(f -> new Item(f.unitId(), f.registerNo(), f.subject(),
					(f.status() == FeedbackStatus.RECEIVED || f.answerDueAt() == null ? f.forwardDueAt() : f.answerDueAt())
						.toInstant()))
			.toList();
	}

}
