package vn.motcua.portal.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.TestActor;
import vn.motcua.calendar.Channel;
import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

/** Feedback in each state, officials and a routing, in the register's language. */
final class FeedbackFixtures {

	static final UUID COMMUNE = UUID.fromString("00000000-0000-0000-0000-000000000001");

	static final UUID OTHER_COMMUNE = UUID.fromString("00000000-0000-0000-0000-000000000002");

	static final Instant RECEIVED_AT = Instant.parse("2026-04-24T09:00:00Z");

	static final Instant FORWARD_DUE = RECEIVED_AT.plus(Duration.ofDays(5));

	private FeedbackFixtures() {
	}

	static FeedbackSubmission submission(boolean publishConsent) {
		return new FeedbackSubmission("Trần Văn Bình", "Xóm Na Mao", "0987 654 321", null, "Giấy hẹn bị chậm",
				"Hồ sơ quá hẹn hai ngày.", publishConsent);
	}

	static Feedback receivedFeedback(boolean publishConsent) {
		return Feedback.receive(new Receipt(UUID.randomUUID(), "PAKN-2026-00007", RECEIVED_AT, Channel.ONLINE, FORWARD_DUE),
				submission(publishConsent), COMMUNE);
	}

	static Feedback receivedFeedback() {
		return receivedFeedback(true);
	}

	static Feedback feedbackIn(FeedbackStatus status) {
		Feedback received = receivedFeedback();
		return new Feedback(received.receipt(), received.submission(), status, received.handling(), 3);
	}

	static Actor communeOfficer() {
		return TestActor.of("xa.phuluong", COMMUNE, Role.COMMUNE_OFFICER);
	}

	static Actor official(Role... roles) {
		return TestActor.of("canbo", COMMUNE, roles);
	}

	/**
	 * Gives the feedback to {@code unit} ({@literal null}: keeps its unit); its answer is due a
	 * calendar day per working day after receipt.
	 */
	static Feedback.Routing routingTo(@Nullable UUID unit) {
		return new Feedback.Routing() {

			@Override
			public UUID competentUnit(UUID current) {
				return unit == null ? current : unit;
			}

			@Override
			public Instant answerDue(Instant receivedAt, UUID unitId, int workingDays) {
				return receivedAt.plus(Duration.ofDays(workingDays));
			}

		};
	}

}
