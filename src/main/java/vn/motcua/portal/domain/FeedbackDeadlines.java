package vn.motcua.portal.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The deadlines of Decree 20/2008, in working days from receipt: forwarding a feedback outside the
 * unit's competence, answering one within it (longer when other agencies are consulted).
 */
public final class FeedbackDeadlines {

	/** Working days to forward a feedback outside the unit's competence. */
	public static final int FORWARD_DAYS = 5;

	/** Working days to answer within the unit's own competence. */
	public static final int ANSWER_DAYS = 5;

	/** Working days to answer when other agencies are consulted. */
	public static final int ANSWER_DAYS_INTER_AGENCY = 7;

	private FeedbackDeadlines() {
	}

	/** @return the working days to answer. */
	public static int answerDays(boolean interAgency) {
		return interAgency ? ANSWER_DAYS_INTER_AGENCY : ANSWER_DAYS;
	}

	/**
	 * @return the deadline that runs: forwarding until the feedback was classified, then answering.
	 */
	public static Instant running(FeedbackStatus status, Instant forwardDue, @Nullable Instant answerDue) {
		return status == FeedbackStatus.RECEIVED || answerDue == null ? forwardDue : answerDue;
	}

	/**
	 * @return whether the feedback is still open and past its deadline at {@code now}: not routed
	 * in time, or not answered in time; a forwarded or answered one never is.
	 */
	public static boolean overdue(FeedbackStatus status, Instant forwardDue, @Nullable Instant answerDue, Instant now) {
		return switch (status) {
			case RECEIVED -> now.isAfter(forwardDue);
			case IN_HANDLING -> answerDue != null && now.isAfter(answerDue);
			case FORWARDED, ANSWERED -> false;
		};
	}

}
