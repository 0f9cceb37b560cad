package vn.motcua.portal.feedback;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.portal.domain.FeedbackCategory;
import vn.motcua.portal.domain.FeedbackStatus;

/**
 * A line of the feedback register.
 *
 * @param forwardDueAt by when a feedback outside the unit's competence must be forwarded (5
 * working days from receipt).
 * @param answerDueAt by when it must be answered, set at classification (5 working days, 7 when
 * other agencies must be consulted).
 */
record FeedbackView(UUID id, String registerNo, OffsetDateTime receivedAt, String channel, String name,
		String address, String phone, @Nullable String email, String subject, String content, boolean publishConsent,
		UUID unitId, String unitName, FeedbackStatus status, @Nullable FeedbackCategory category, boolean interAgency,
		OffsetDateTime forwardDueAt, @Nullable OffsetDateTime answerDueAt, @Nullable String forwardedTo,
		@Nullable String answer, @Nullable OffsetDateTime answeredAt, boolean published, boolean overdue, long version) {

	/** What the portal publishes of an answered feedback: no name, address nor phone. */
	public record Published(String registerNo, OffsetDateTime receivedAt, String subject, String content,
			String unitName, String answer, OffsetDateTime answeredAt) {
	}

}
