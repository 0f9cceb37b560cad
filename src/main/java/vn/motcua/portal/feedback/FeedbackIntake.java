package vn.motcua.portal.feedback;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import vn.motcua.calendar.Channel;
import vn.motcua.portal.FeedbackReceived;
import vn.motcua.portal.domain.Feedback;
import vn.motcua.portal.domain.FeedbackSubmission;
import vn.motcua.shared.ClientBudget;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.Texts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers feedback and petitions from the public (Decree 20/2008), with their files. */
@Service
@Transactional
class FeedbackIntake {

	private final FeedbackReceipts receipts;

	private final FeedbackRepository feedback;

	private final FeedbackAttachments attachments;

	private final FeedbackViews views;

	private final ApplicationEventPublisher events;

	/** How many feedbacks one client sends in a window: each may carry 30 MB of files (local practice). */
	private final ClientBudget perClient;

	FeedbackIntake(FeedbackReceipts receipts, FeedbackRepository feedback, FeedbackAttachments attachments,
			FeedbackViews views, ApplicationEventPublisher events,
			@Value("${motcua.feedback.per-client:10}") int perClient,
			@Value("${motcua.feedback.window:1h}") Duration window, Clock clock) {
		this.perClient = new ClientBudget(perClient, window, clock);
		this.receipts = receipts;
		this.feedback = feedback;
		this.attachments = attachments;
		this.views = views;
		this.events = events;
	}

	/**
	 * Registers a feedback with up to {@link FeedbackAttachments#MAX_FILES} files.
	 * @param client who sends it (the address), counted against {@code motcua.feedback.per-client}.
	 * @return the feedback as registered; publishes {@link FeedbackReceived}.
	 * @throws DomainException {@code unit-not-found} for an unknown unit code, {@code too-many-files},
	 * {@code attachment-type}, {@code attachment-too-large}, {@code too-much-feedback}.
	 */
	FeedbackView submit(FeedbackRequest request, Channel channel, List<Attachment> files, String client) {
		if (this.perClient.exhausted(client)) {
			throw new DomainException(DomainException.Kind.LIMITED, "too-much-feedback", this.perClient.minutesToWait());
		}
		this.perClient.spend(client);
		FeedbackAttachments.checkCount(files);
		Feedback received = this.receipts.receive(submission(request), request.getUnitCode(), channel);
		this.feedback.insert(received);
		this.attachments.store(received.id(), files);
		received.events().forEach(this.events::publishEvent);
		return this.views.view(this.feedback.find(received.id()).orElseThrow());
	}

	private static FeedbackSubmission submission(FeedbackRequest request) {
		return new FeedbackSubmission(request.getName().strip(), request.getAddress().strip(), request.getPhone().strip(),
				Texts.blankToNull(request.getEmail()), request.getSubject().strip(), request.getContent().strip(),
				request.isPublishConsent());
	}

}
