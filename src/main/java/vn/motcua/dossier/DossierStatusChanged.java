package vn.motcua.dossier;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Timeliness;

/**
 * A dossier took an action: its status may have changed (resolved, returned, refused, withdrawn,
 * supplement requested …). Published inside the transaction of the action.
 *
 * @param timeliness set once the dossier is resolved.
 */
public record DossierStatusChanged(UUID dossierId, String code, UUID unitId, DossierAction action,
		DossierStatus from, DossierStatus to, Instant at, @Nullable Instant dueAt, @Nullable Timeliness timeliness) {
}
