package vn.motcua.portal;

import java.time.Instant;
import java.util.UUID;

/**
 * A feedback was classified and given to the competent unit, which must answer by
 * {@code answerDueAt}.
 */
public record FeedbackClassified(UUID feedbackId, String registerNo, UUID unitId, Instant answerDueAt) {
}
