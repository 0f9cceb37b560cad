package vn.motcua.portal;

import java.time.Instant;
import java.util.UUID;

/**
 * A feedback or petition from the public was registered; its forwarding deadline runs.
 *
 * @param registerNo e.g. {@code PAKN-2026-00001}, never {@literal null}.
 * @param unitId the unit concerned, never {@literal null}.
 */
public record FeedbackReceived(UUID feedbackId, String registerNo, UUID unitId, Instant receivedAt,
		Instant forwardDueAt) {
}
