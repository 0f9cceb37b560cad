package vn.motcua.planning.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Where a unit's periodic report stands in the register: sent on time, late, missing, or not yet due. */
public enum Submission {

	ON_TIME, LATE, MISSING, PENDING;

	/**
	 * @param submittedOn the day it was sent (Vietnam time), {@literal null} when not sent.
	 * @return on time when sent by the end of the due day; missing once the due day has passed unsent.
	 */
	public static Submission of(LocalDate due, @Nullable LocalDate submittedOn, LocalDate today) {
		if (submittedOn != null) {
			return submittedOn.isAfter(due) ? LATE : ON_TIME;
		}
		return today.isAfter(due) ? MISSING : PENDING;
	}

	/** @return whether the report counts in a unit's on-time rate (sent, or due and missing). */
	public boolean judged() {
		return this != PENDING;
	}

}
