package vn.motcua.portal.site;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Something readers see on many pages changed — an article published or withdrawn, a poll, a page,
 * a link, an announcement, the library's video, the site settings — so what was composed from it is
 * composed again. Published once the change is committed, to plain listeners: a cache is not a
 * module's business that must be retried, so no event publication is stored for it.
 */
public record PortalChanged() {

	/** Publishes the event after the current transaction commits (at once without one; never after a rollback). */
	public static void publish(ApplicationEventPublisher events) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			events.publishEvent(new PortalChanged());
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				events.publishEvent(new PortalChanged());
			}
		});
	}

}
