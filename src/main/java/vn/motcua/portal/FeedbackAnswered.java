package vn.motcua.portal;

import java.time.Instant;
import java.util.UUID;

/**
 * A feedback was answered.
 *
 * @param published whether the answer is on the portal (asked for, and the submitter consented).
 */
public record FeedbackAnswered(UUID feedbackId, String registerNo, UUID unitId, Instant answeredAt,
		boolean published) {
}
