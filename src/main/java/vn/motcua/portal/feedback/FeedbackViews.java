package vn.motcua.portal.feedback;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.portal.domain.Feedback;
import vn.motcua.portal.domain.FeedbackSubmission;
import vn.motcua.portal.domain.Handling;

import org.springframework.stereotype.Component;

/** Feedback as the register shows it: times on the clock's zone, the unit's name, overdue now. */
@Component
class FeedbackViews {

	private final FeedbackUnits units;

	FeedbackViews(FeedbackUnits units) {
		this.units = units;
	}

	FeedbackView view(Feedback feedback) {
		return views(List.of(feedback)).get(0);
	}

	/** Asks for the name of each unit once. */
	List<FeedbackView> views(List<Feedback> feedback) {
		Map<UUID, String> unitNames = new HashMap<>();
		Instant now = this.units.now();
		return feedback.stream().map(f -> view(f, unitNames, now)).toList();
	}

	/** @return what the portal publishes of answered feedback: no name, address nor phone. */
	List<FeedbackView.Published> published(List<Feedback> feedback) {
		return views(feedback).stream()
			.map(f -> new FeedbackView.Published(f.registerNo(), f.receivedAt(), f.subject(), f.content(), f.unitName(),
					Objects.requireNonNull(f.answer()), Objects.requireNonNull(f.answeredAt())))
			.toList();
	}

	private FeedbackView view(Feedback f, Map<UUID, String> unitNames, Instant now) {
		FeedbackSubmission s = f.submission();
		Handling h = f.handling();
		return new FeedbackView(f.id(), f.registerNo(), at(f.receipt().receivedAt()), f.receipt().channel().name(),
				s.name(), s.address(), s.phone(), s.email(), s.subject(), s.content(), s.publishConsent(), h.unitId(),
				unitNames.computeIfAbsent(h.unitId(), this.units::name), f.status(), h.category(), h.interAgency(),
				at(f.receipt().forwardDueAt()), atOrNull(h.answerDueAt()), h.forwardedTo(), h.answer(),
				atOrNull(h.answeredAt()), h.published(), f.overdueAt(now), f.version());
	}

	private OffsetDateTime at(Instant instant) {
		return instant.atZone(this.units.zone()).toOffsetDateTime();
	}

	private @Nullable OffsetDateTime atOrNull(@Nullable Instant instant) {
		return instant == null ? null : at(instant);
	}

}
