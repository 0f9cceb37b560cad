package vn.motcua.portal;

import java.util.UUID;

/** A feedback outside the competence was forwarded to the competent agency, which answers it. */
public record FeedbackForwarded(UUID feedbackId, String registerNo, String forwardedTo) {
}
