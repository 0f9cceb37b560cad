package vn.motcua.portal.domain;

import vn.motcua.shared.Actor;
import vn.motcua.shared.Role;

/** What is done to an article on its way to readers, and who may do it. */
public enum ArticleAction {

	SUBMIT, APPROVE, RETURN, PUBLISH, UNPUBLISH;

	/** @return whether the actor may do it: writers and editors submit; only editors do the rest. */
	public boolean allowedTo(Actor actor) {
		boolean editor = actor.hasRole(Role.PORTAL_EDITOR);
		return this == SUBMIT ? editor || actor.hasRole(Role.PORTAL_WRITER) : editor;
	}

}
