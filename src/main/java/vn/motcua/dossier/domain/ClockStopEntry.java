package vn.motcua.dossier.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A clock stop of the dossier: from the supplement request until the complete dossier came back. */
public record ClockStopEntry(int seq, Instant stoppedAt, @Nullable Instant resumedAt) {
}
