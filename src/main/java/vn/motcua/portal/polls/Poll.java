package vn.motcua.portal.polls;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A poll and its results: the question, its open and close moments, each option with its votes and
 * share, and whether the reader may vote or see the results (after voting, or once closed).
 */
public record Poll(UUID id, String question, Instant opensAt, Instant closesAt, List<Option> options, long votes,
		boolean open, boolean voted) {

	/** An option with its votes and its share in percent (a whole number). */
	public record Option(UUID id, String label, long votes, int percent) {
	}

	/** @return whether the results are shown to this reader. */
	public boolean results() {
		return this.voted || !this.open;
	}

}
