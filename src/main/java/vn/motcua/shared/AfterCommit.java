package vn.motcua.shared;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Events for plain listeners (caches) once the current transaction commits: never after a rollback,
 * at once without a transaction. No event publication is stored for them: forgetting a cache is not
 * a module's business that must be retried.
 */
public final class AfterCommit {

	private AfterCommit() {
	}

	public static void publish(ApplicationEventPublisher events, Object event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			events.publishEvent(event);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				events.publishEvent(event);
			}
		});
	}

}
