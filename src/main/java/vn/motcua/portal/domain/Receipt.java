package vn.motcua.portal.domain;

import java.time.Instant;
import java.util.UUID;

import vn.motcua.calendar.Channel;

/**
 * How a feedback entered the register: never changes.
 *
 * @param registerNo its number in the register, see {@link RegisterNumber}.
 * @param forwardDueAt by when a feedback outside the unit's competence must be forwarded.
 */
public record Receipt(UUID id, String registerNo, Instant receivedAt, Channel channel, Instant forwardDueAt) {
}
