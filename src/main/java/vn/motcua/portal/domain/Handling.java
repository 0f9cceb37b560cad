package vn.motcua.portal.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the officials did with a feedback so far.
 *
 * @param unitId the unit that handles it.
 * @param answerDueAt set at classification.
 * @param published whether the answer is on the portal.
 */
public record Handling(UUID unitId, @Nullable FeedbackCategory category, boolean interAgency,
		@Nullable Instant answerDueAt, @Nullable String forwardedTo, @Nullable String answer,
		@Nullable Instant answeredAt, @Nullable String answeredBy, boolean published) {

	/** @return nothing done yet, with the unit concerned. */
	static Handling at(UUID unitId) {
		return new Handling(unitId, null, false, null, null, null, null, null, false);
	}

	Handling classified(UUID unit, FeedbackCategory category, boolean interAgency, Instant answerDue) {
		return new Handling(unit, category, interAgency, answerDue, this.forwardedTo, this.answer, this.answeredAt,
				this.answeredBy, this.published);
	}

	Handling forwarded(String agency) {
		return new Handling(this.unitId, this.category, this.interAgency, this.answerDueAt, agency, this.answer,
				this.answeredAt, this.answeredBy, this.published);
	}

	Handling answered(String text, Instant at, String by, boolean publish) {
		return new Handling(this.unitId, this.category, this.interAgency, this.answerDueAt, this.forwardedTo, text, at,
				by, publish);
	}

}
