package vn.motcua.portal.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import vn.motcua.portal.domain.Feedback;
import vn.motcua.portal.domain.FeedbackStatus;
import vn.motcua.portal.domain.Handling;
import vn.motcua.portal.lookup.LookupCodes;
import vn.motcua.portal.lookup.LookupThrottle;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submitter follows their feedback like a dossier: with its register number and the last four
 * digits of the phone given with it. What it shows is where it stands, who handles it, the
 * deadlines and the answer — never the name, address, phone nor content. An unknown number and a
 * wrong phone answer alike, and count as failed lookups in the lookup's throttle.
 */
@Service
@Transactional(readOnly = true)
class FeedbackFollowUp {

	/** What the follow-up shows of a feedback. */
	record Progress(String registerNo, OffsetDateTime receivedAt, FeedbackStatus status, String unitName,
			OffsetDateTime forwardDueAt, @Nullable OffsetDateTime answerDueAt, @Nullable String forwardedTo,
			@Nullable String answer, @Nullable OffsetDateTime answeredAt) {
	}

	private final FeedbackRepository feedback;

	private final FeedbackUnits units;

	private final LookupThrottle throttle;

	private final ZoneId zone;

	FeedbackFollowUp(FeedbackRepository feedback, FeedbackUnits units, LookupThrottle throttle, Clock clock) {
		this.feedback = feedback;
		this.units = units;
		this.throttle = throttle;
		this.zone = clock.getZone();
	}

	/**
	 * @param registerNo as typed or copied (spaces and case do not matter).
	 * @param phone the phone given with the feedback, or its last four digits.
	 * @param client who asks (the remote address), for the throttle.
	 * @throws DomainException {@code feedback-not-found} for an unknown number or a wrong phone
	 * alike; {@code too-many-lookups} when the client failed too often.
	 */
	Progress follow(String registerNo, @Nullable String phone, String client) {
		if (this.throttle.blocked(client)) {
			throw new DomainException(Kind.LIMITED, "too-many-lookups", this.throttle.minutesToWait());
		}
		String number = LookupCodes.normalize(registerNo);
		Optional<Feedback> found = this.feedback.findByRegisterNo(number)
			.filter(f -> samePhone(f.submission().phone(), phone));
		if (found.isEmpty()) {
			this.throttle.failed(client);
			throw new DomainException(Kind.NOT_FOUND, "feedback-not-found", number);
		}
		Feedback f = found.get();
		Handling h = f.handling();
		return new Progress(f.registerNo(), at(f.receipt().receivedAt()), f.status(), this.units.name(h.unitId()),
				at(f.receipt().forwardDueAt()), h.answerDueAt() == null ? null : at(h.answerDueAt()), h.forwardedTo(),
				h.answer(), h.answeredAt() == null ? null : at(h.answeredAt()));
	}

	/** The last four digits, compared in constant time. */
	static boolean samePhone(String given, @Nullable String typed) {
		String a = given.replaceAll("\\D", "");
		String b = typed == null ? "" : typed.replaceAll("\\D", "");
		if (a.length() < 4 || b.length() < 4) {
			return false;
		}
		return MessageDigest.isEqual(a.substring(a.length() - 4).getBytes(StandardCharsets.US_ASCII),
				b.substring(b.length() - 4).getBytes(StandardCharsets.US_ASCII));
	}

	private OffsetDateTime at(Instant instant) {
		return instant.atZone(this.zone).toOffsetDateTime();
	}

}
