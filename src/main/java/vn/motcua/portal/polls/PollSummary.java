package vn.motcua.portal.polls;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import vn.motcua.shared.Vietnam;

/** A poll as the back office lists it: its question, dates, votes so far and where it stands. */
public record PollSummary(UUID id, String question, Instant opensAt, Instant closesAt, long votes, State state) {

	/** @return when it opens, in Vietnam. */
	public LocalDateTime opens() {
		return LocalDateTime.ofInstant(this.opensAt, Vietnam.ZONE);
	}

	/** @return when it closes, in Vietnam. */
	public LocalDateTime closes() {
		return LocalDateTime.ofInstant(this.closesAt, Vietnam.ZONE);
	}

	/** Where a poll stands at a moment. */
	public enum State {

		/** before it opens */
		SCHEDULED,
		/** open for votes */
		OPEN,
		/** past its closing */
		CLOSED;

		static State of(Instant opens, Instant closes, Instant now) {
			return now.isBefore(opens) ? SCHEDULED : now.isBefore(closes) ? OPEN : CLOSED;
		}

	}

}
