package vn.motcua.portal.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.portal.FeedbackAnswered;
import vn.motcua.portal.FeedbackClassified;
import vn.motcua.portal.FeedbackForwarded;
import vn.motcua.portal.FeedbackReceived;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.portal.domain.FeedbackFixtures.COMMUNE;
import static vn.motcua.portal.domain.FeedbackFixtures.FORWARD_DUE;
import static vn.motcua.portal.domain.FeedbackFixtures.OTHER_COMMUNE;
import static vn.motcua.portal.domain.FeedbackFixtures.RECEIVED_AT;
import static vn.motcua.portal.domain.FeedbackFixtures.communeOfficer;
import static vn.motcua.portal.domain.FeedbackFixtures.feedbackIn;
import static vn.motcua.portal.domain.FeedbackFixtures.official;
import static vn.motcua.portal.domain.FeedbackFixtures.receivedFeedback;
import static vn.motcua.portal.domain.FeedbackFixtures.routingTo;

class FeedbackUnitTests {

	private static final Instant ANSWERED_AT = Instant.parse("2026-04-28T03:00:00Z");

	private static final Set<Role> HANDLERS = Set.of(Role.ADMIN, Role.LEADER, Role.HEAD_OF_UNIT, Role.COMMUNE_OFFICER,
			Role.PAR_COMMITTEE);

	@Test
	void aFeedbackIsReceivedWithTheUnitConcernedAndRecordsIt() {
		Feedback feedback = receivedFeedback();

		assertThat(feedback.status()).isEqualTo(FeedbackStatus.RECEIVED);
		assertThat(feedback.handling()).isEqualTo(new Handling(COMMUNE, null, false, null, null, null, null, null, false));
		assertThat(feedback.version()).isZero();
		assertThat(feedback.id()).isEqualTo(feedback.receipt().id());
		assertThat(feedback.registerNo()).isEqualTo("PAKN-2026-00007");
		assertThat(feedback.events()).containsExactly(
				new FeedbackReceived(feedback.id(), "PAKN-2026-00007", COMMUNE, RECEIVED_AT, FORWARD_DUE));
	}

	@Test
	void aStoredFeedbackHasNoEventsUntilItChanges() {
		assertThat(feedbackIn(FeedbackStatus.IN_HANDLING).events()).isEmpty();
	}

	@Test
	void classifyingGivesItToTheCompetentUnitWhichAnswersWithinFiveWorkingDays() {
		Feedback feedback = receivedFeedback();

		feedback.classify(FeedbackCategory.HANDLING, false, communeOfficer(), routingTo(OTHER_COMMUNE));

		Instant due = RECEIVED_AT.plus(Duration.ofDays(5));
		assertThat(feedback.status()).isEqualTo(FeedbackStatus.IN_HANDLING);
		assertThat(feedback.handling())
			.isEqualTo(new Handling(OTHER_COMMUNE, FeedbackCategory.HANDLING, false, due, null, null, null, null, false));
		assertThat(feedback.events()).last()
			.isEqualTo(new FeedbackClassified(feedback.id(), "PAKN-2026-00007", OTHER_COMMUNE, due));
	}

	@Test
	void whenOtherAgenciesAreConsultedTheAnswerHasSevenWorkingDays() {
		Feedback feedback = receivedFeedback();

		feedback.classify(FeedbackCategory.REGULATION, true, communeOfficer(), routingTo(null));

		assertThat(feedback.handling().unitId()).isEqualTo(COMMUNE);
		assertThat(feedback.handling().interAgency()).isTrue();
		assertThat(feedback.handling().answerDueAt()).isEqualTo(RECEIVED_AT.plus(Duration.ofDays(7)));
	}

	@Test
	void aFeedbackInHandlingMayBeClassifiedAgain() {
		Feedback feedback = feedbackIn(FeedbackStatus.IN_HANDLING);

		feedback.classify(FeedbackCategory.CONDUCT, false, communeOfficer(), routingTo(OTHER_COMMUNE));

		assertThat(feedback.status()).isEqualTo(FeedbackStatus.IN_HANDLING);
		assertThat(feedback.handling().category()).isEqualTo(FeedbackCategory.CONDUCT);
		assertThat(feedback.version()).isEqualTo(3);
	}

	@Test
	void forwardingOutOfCompetenceClosesIt() {
		Feedback feedback = receivedFeedback();

		feedback.forward("  Sở Tư pháp tỉnh Thái Nguyên ", communeOfficer());

		assertThat(feedback.status()).isEqualTo(FeedbackStatus.FORWARDED);
		assertThat(feedback.handling().forwardedTo()).isEqualTo("Sở Tư pháp tỉnh Thái Nguyên");
		assertThat(feedback.events()).last()
			.isEqualTo(new FeedbackForwarded(feedback.id(), "PAKN-2026-00007", "Sở Tư pháp tỉnh Thái Nguyên"));
		refused(() -> feedback.answer("Đã xử lý", true, communeOfficer(), ANSWERED_AT), Kind.CONFLICT,
				"feedback-closed", "PAKN-2026-00007");
	}

	@Test
	void forwardingNamesTheAgency() {
		Feedback feedback = receivedFeedback();

		refused(() -> feedback.forward(" ", communeOfficer()), Kind.INVALID, "forwarded-to-required");
		assertThat(feedback.status()).isEqualTo(FeedbackStatus.RECEIVED);
		assertThat(feedback.events()).hasSize(1);
	}

	@Test
	void theAnswerIsRecordedWithWhoAnsweredAndWhen() {
		Feedback feedback = feedbackIn(FeedbackStatus.IN_HANDLING);

		feedback.answer("  Đã nhắc nhở bộ phận một cửa. ", true, communeOfficer(), ANSWERED_AT);

		assertThat(feedback.status()).isEqualTo(FeedbackStatus.ANSWERED);
		assertThat(feedback.handling().answer()).isEqualTo("Đã nhắc nhở bộ phận một cửa.");
		assertThat(feedback.handling().answeredAt()).isEqualTo(ANSWERED_AT);
		assertThat(feedback.handling().answeredBy()).isEqualTo("xa.phuluong");
		assertThat(feedback.handling().published()).isTrue();
		assertThat(feedback.events())
			.containsExactly(new FeedbackAnswered(feedback.id(), "PAKN-2026-00007", COMMUNE, ANSWERED_AT, true));
	}

	@Test
	void theAnswerIsPublishedOnlyWhenAskedAndTheSubmitterConsented() {
		Feedback withoutConsent = receivedFeedback(false);
		withoutConsent.answer("Đã xử lý.", true, communeOfficer(), ANSWERED_AT);
		Feedback notAsked = receivedFeedback(true);
		notAsked.answer("Đã xử lý.", false, communeOfficer(), ANSWERED_AT);

		assertThat(withoutConsent.handling().published()).isFalse();
		assertThat(notAsked.handling().published()).isFalse();
		assertThat(withoutConsent.events()).last().extracting("published").isEqualTo(false);
	}

	@Test
	void anAnswerHasText() {
		Feedback feedback = receivedFeedback();

		refused(() -> feedback.answer("\n ", true, communeOfficer(), ANSWERED_AT), Kind.INVALID, "answer-required");
		assertThat(feedback.status()).isEqualTo(FeedbackStatus.RECEIVED);
	}

	@ParameterizedTest
	@EnumSource(value = FeedbackStatus.class, names = { "FORWARDED", "ANSWERED" })
	void aForwardedOrAnsweredFeedbackIsClosed(FeedbackStatus status) {
		Feedback feedback = feedbackIn(status);

		refused(() -> feedback.classify(FeedbackCategory.OTHER, false, communeOfficer(), failingRouting()),
				Kind.CONFLICT, "feedback-closed", "PAKN-2026-00007");
		refused(() -> feedback.forward("Sở Tư pháp", communeOfficer()), Kind.CONFLICT, "feedback-closed",
				"PAKN-2026-00007");
		refused(() -> feedback.answer(" ", true, communeOfficer(), ANSWERED_AT), Kind.CONFLICT, "feedback-closed",
				"PAKN-2026-00007");
		assertThat(feedback.status()).isEqualTo(status);
		assertThat(feedback.events()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void onlyTheHandlersRolesActAndTheyAreCheckedFirst(Role role) {
		Actor actor = official(role);
		Feedback feedback = receivedFeedback();
		Feedback closed = feedbackIn(FeedbackStatus.ANSWERED);
		if (HANDLERS.contains(role)) {
			feedback.classify(FeedbackCategory.PROPOSAL, false, actor, routingTo(null));
			assertThat(feedback.status()).isEqualTo(FeedbackStatus.IN_HANDLING);
			return;
		}
		refused(() -> feedback.classify(FeedbackCategory.PROPOSAL, false, actor, failingRouting()), Kind.FORBIDDEN,
				"forbidden");
		refused(() -> feedback.forward(" ", actor), Kind.FORBIDDEN, "forbidden");
		refused(() -> feedback.answer(" ", true, actor, ANSWERED_AT), Kind.FORBIDDEN, "forbidden");
		refused(() -> closed.answer("Trả lời", true, actor, ANSWERED_AT), Kind.FORBIDDEN, "forbidden");
	}

	@Test
	void anOfficialWithoutRolesMayNotAct() {
		refused(() -> receivedFeedback().forward("Sở Tư pháp", official()), Kind.FORBIDDEN, "forbidden");
	}

	@Test
	void theRunningDeadlineIsForwardingUntilClassifiedThenAnswering() {
		Feedback feedback = receivedFeedback();
		assertThat(feedback.runningDeadline()).isEqualTo(FORWARD_DUE);
		assertThat(feedback.overdueAt(FORWARD_DUE.plusSeconds(1))).isTrue();

		feedback.classify(FeedbackCategory.HANDLING, true, communeOfficer(), routingTo(null));

		Instant answerDue = RECEIVED_AT.plus(Duration.ofDays(7));
		assertThat(feedback.runningDeadline()).isEqualTo(answerDue);
		assertThat(feedback.overdueAt(FORWARD_DUE.plusSeconds(1))).isFalse();
		assertThat(feedback.overdueAt(answerDue.plusSeconds(1))).isTrue();
	}

	/** A routing that must not be asked: the rules refuse before. */
	private static Feedback.Routing failingRouting() {
		return new Feedback.Routing() {

			@Override
			public UUID competentUnit(UUID current) {
				throw new AssertionError("routed");
			}

			@Override
			public Instant answerDue(Instant receivedAt, UUID unitId, int workingDays) {
				throw new AssertionError("routed");
			}

		};
	}

	private static void refused(Executable transition, Kind kind, String code, Object... args) {
		assertThatThrownBy(transition::execute).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.kind()).isEqualTo(kind);
			assertThat(ex.code()).isEqualTo(code);
			assertThat(Arrays.asList(ex.args())).containsExactly(args);
		});
	}

}
