package vn.motcua.dossier;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;

/**
 * A dossier was received (tiếp nhận): published inside the intake transaction.
 *
 * @param dueAt the due moment, {@literal null} never at receipt but kept nullable like the dossier's.
 */
public record DossierReceived(UUID dossierId, String code, UUID unitId, UUID agencyId, String procedureCode,
		Channel channel, Instant receivedAt, @Nullable Instant dueAt) {
}
