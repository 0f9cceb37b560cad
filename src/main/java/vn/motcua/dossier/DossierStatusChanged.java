package vn.motcua.dossier;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.Timeliness;

/**
 * A dossier took an action: its status may have changed (resolved, returned, refused, withdrawn,
 * supplement requested …). Published inside the transaction of the action.
 *
 * @param timeliness set once the dossier is resolved or refused.
 * @param assignee the official holding the current step after the action, if any.
 * @param stepDueAt the due moment of that step.
 */
public record DossierStatusChanged(UUID dossierId, String code, UUID unitId, String procedureCode,
		String procedureName, Channel channel, Instant receivedAt, DossierAction action, DossierStatus from,
		DossierStatus to, Instant at,
		@Nullable Instant dueAt, @Nullable Timeliness timeliness, @Nullable String assignee,
		@Nullable Instant stepDueAt) {
}
