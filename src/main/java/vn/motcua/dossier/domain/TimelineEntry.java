package vn.motcua.dossier.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.dossier.DossierAction;
import vn.motcua.dossier.DossierStatus;

/** One line of the process control sheet: who did what, where, when, with which note. */
public record TimelineEntry(Instant at, DossierAction action, String actor, @Nullable UUID actorUnitId,
		@Nullable DossierStatus fromStatus, DossierStatus toStatus, @Nullable String note) {
}
