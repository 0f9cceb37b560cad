package vn.motcua.portal.domain;

import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * Where an article stands on its way to readers: a writer drafts and submits it; an editor approves it
 * or returns it with a note; the editor publishes it (now or at a set time) and may unpublish it.
 * Nothing is public without approval (a state agency portal's rule, Decree 42/2022/NĐ-CP Art. 9).
 */
public enum ArticleStatus {

	DRAFT, SUBMITTED, RETURNED, APPROVED, PUBLISHED, UNPUBLISHED;

	/** @return whether its text may still be changed (by its writer or an editor). */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/**
	 * @return the status after {@code action}.
	 * @throws DomainException {@code article-action-not-allowed} (409) when the status does not allow it.
	 */
	public ArticleStatus after(ArticleAction action) {
		ArticleStatus next = switch (action) {
			case SUBMIT -> editable() ? SUBMITTED : null;
			case APPROVE -> this == SUBMITTED ? APPROVED : null;
			case RETURN -> this == SUBMITTED || this == APPROVED ? RETURNED : null;
			case PUBLISH -> this == APPROVED || this == UNPUBLISHED ? PUBLISHED : null;
			case UNPUBLISH -> this == PUBLISHED ? UNPUBLISHED : null;
		};
		if (next == null) {
			throw new DomainException(Kind.CONFLICT, "article-action-not-allowed", action.name(), name());
		}
		return next;
	}

}
