package vn.motcua.dossier;

import java.time.Instant;
import java.util.UUID;

import vn.motcua.calendar.Channel;

/**
 * A dossier was not received at the desk (incomplete, form 02, or refused, form 03): published in
 * the intake's transaction; no time limit runs for it, so the statistics do not hear of it, but
 * the national portal must, for a dossier filed there.
 *
 * @param refused whether it was refused rather than asked to be completed.
 */
public record DossierTurnedAway(UUID dossierId, String code, UUID unitId, UUID agencyId, String procedureCode, Channel channel,
		Instant at, boolean refused) {
}
