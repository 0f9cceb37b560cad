package vn.motcua.dossier.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A clock stop of the dossier: from a supplement request until the complete dossier came back, or
 * from a payment request until the obligation was met.
 */
public record ClockStopEntry(int seq, Instant stoppedAt, @Nullable Instant resumedAt, Kind kind) {

	/** Why the clock stood still. */
	public enum Kind {

		/** documents missing after appraisal: restart or pause, by rule version */
		SUPPLEMENT,
		/** fees or financial obligation awaited: always a pause */
		PAYMENT

	}

	ClockStopEntry resumed(Instant at) {
		return new ClockStopEntry(this.seq, this.stoppedAt, at, this.kind);
	}

}
