package vn.motcua.portal.feedback;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.organization.UnitScope;
import vn.motcua.portal.domain.Feedback;
import vn.motcua.portal.domain.FeedbackStatus;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Uploads;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback register as officials read it, limited to their scope (a feedback outside it is
 * not found), and the answers the portal publishes.
 */
@Service
@Transactional(readOnly = true)
class FeedbackRegister {

	private final FeedbackRepository feedback;

	private final FeedbackUnits units;

	private final FeedbackAttachments attachments;

	private final FeedbackViews views;

	FeedbackRegister(FeedbackRepository feedback, FeedbackUnits units, FeedbackAttachments attachments,
			FeedbackViews views) {
		this.feedback = feedback;
		this.units = units;
		this.attachments = attachments;
		this.views = views;
	}

	/** @return the register of the official's units, newest first, optionally of one status. */
	List<FeedbackView> register(Actor actor, @Nullable FeedbackStatus status) {
		return this.views.views(this.feedback.inScope(this.units.scopeOf(actor), status));
	}

	/** @throws DomainException {@code feedback-not-found}, also outside the official's scope. */
	FeedbackView get(UUID id, Actor actor) {
		return this.views.view(load(id, actor));
	}

	/** @return the files sent with a feedback of the official's scope. */
	List<AttachmentLine> attachments(UUID id, Actor actor) {
		load(id, actor);
		return this.attachments.of(id);
	}

	/**
	 * @return a file of a feedback of the official's scope, its bytes checked against their SHA-256.
	 * @throws DomainException {@code attachment-not-found}, {@code attachment-corrupted}.
	 */
	Uploads.File file(UUID id, UUID fileId, Actor actor) {
		load(id, actor);
		return this.attachments.file(id, fileId);
	}

	/** @return the published answers, newest first. */
	List<FeedbackView.Published> published(int limit) {
		return this.views.published(this.feedback.published(limit));
	}

	/** @throws DomainException {@code feedback-not-found}, also outside the official's scope. */
	Feedback load(UUID id, Actor actor) {
		Feedback found = this.feedback.find(id)
			.orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "feedback-not-found", id));
		UnitScope scope = this.units.scopeOf(actor);
		if (!scope.contains(found.handling().unitId())) {
			throw new DomainException(Kind.NOT_FOUND, "feedback-not-found", id);
		}
		return found;
	}

}
