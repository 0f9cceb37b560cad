package vn.motcua.portal.domain;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.portal.domain.FeedbackStatus.ANSWERED;
import static vn.motcua.portal.domain.FeedbackStatus.FORWARDED;
import static vn.motcua.portal.domain.FeedbackStatus.IN_HANDLING;
import static vn.motcua.portal.domain.FeedbackStatus.RECEIVED;

class FeedbackDeadlinesUnitTests {

	private static final Instant FORWARD_DUE = Instant.parse("2026-05-06T10:00:00Z");

	private static final Instant ANSWER_DUE = Instant.parse("2026-05-08T10:00:00Z");

	@Test
	void decree20GivesFiveWorkingDaysToForwardAndFiveOrSevenToAnswer() {
		assertThat(FeedbackDeadlines.FORWARD_DAYS).isEqualTo(5);
		assertThat(FeedbackDeadlines.answerDays(false)).isEqualTo(5);
		assertThat(FeedbackDeadlines.answerDays(true)).isEqualTo(7);
	}

	@Test
	void forwardingRunsUntilTheFeedbackIsClassifiedThenAnswering() {
		assertThat(FeedbackDeadlines.running(RECEIVED, FORWARD_DUE, null)).isEqualTo(FORWARD_DUE);
		assertThat(FeedbackDeadlines.running(RECEIVED, FORWARD_DUE, ANSWER_DUE)).isEqualTo(FORWARD_DUE);
		assertThat(FeedbackDeadlines.running(IN_HANDLING, FORWARD_DUE, ANSWER_DUE)).isEqualTo(ANSWER_DUE);
		assertThat(FeedbackDeadlines.running(IN_HANDLING, FORWARD_DUE, null)).isEqualTo(FORWARD_DUE);
		assertThat(FeedbackDeadlines.running(ANSWERED, FORWARD_DUE, ANSWER_DUE)).isEqualTo(ANSWER_DUE);
	}

	@Test
	void aReceivedFeedbackIsOverdueOnlyAfterItsForwardingDeadline() {
		assertThat(FeedbackDeadlines.overdue(RECEIVED, FORWARD_DUE, null, FORWARD_DUE.minusSeconds(1))).isFalse();
		assertThat(FeedbackDeadlines.overdue(RECEIVED, FORWARD_DUE, null, FORWARD_DUE)).isFalse();
		assertThat(FeedbackDeadlines.overdue(RECEIVED, FORWARD_DUE, null, FORWARD_DUE.plusSeconds(1))).isTrue();
	}

	@Test
	void aFeedbackInHandlingIsOverdueOnlyAfterItsAnswerDeadline() {
		assertThat(FeedbackDeadlines.overdue(IN_HANDLING, FORWARD_DUE, ANSWER_DUE, FORWARD_DUE.plusSeconds(1))).isFalse();
		assertThat(FeedbackDeadlines.overdue(IN_HANDLING, FORWARD_DUE, ANSWER_DUE, ANSWER_DUE)).isFalse();
		assertThat(FeedbackDeadlines.overdue(IN_HANDLING, FORWARD_DUE, ANSWER_DUE, ANSWER_DUE.plusSeconds(1))).isTrue();
		assertThat(FeedbackDeadlines.overdue(IN_HANDLING, FORWARD_DUE, null, ANSWER_DUE.plusSeconds(1))).isFalse();
	}

	@Test
	void aForwardedOrAnsweredFeedbackIsNeverOverdue() {
		Instant late = ANSWER_DUE.plusSeconds(86_400);
		assertThat(FeedbackDeadlines.overdue(FORWARDED, FORWARD_DUE, ANSWER_DUE, late)).isFalse();
		assertThat(FeedbackDeadlines.overdue(ANSWERED, FORWARD_DUE, ANSWER_DUE, late)).isFalse();
	}

}
