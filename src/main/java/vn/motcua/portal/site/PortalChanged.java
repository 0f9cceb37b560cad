package vn.motcua.portal.site;

import vn.motcua.shared.AfterCommit;

import org.springframework.context.ApplicationEventPublisher;

/**
 * Something readers see on many pages changed — an article published or withdrawn, a poll, a page,
 * a link, an announcement, the library's video, the site settings — so what was composed from it is
 * composed again. Published once the change is committed, to plain listeners ({@link AfterCommit}).
 */
public record PortalChanged() {

	/** Publishes the event after the current transaction commits (at once without one; never after a rollback). */
	public static void publish(ApplicationEventPublisher events) {
		AfterCommit.publish(events, new PortalChanged());
	}

}
