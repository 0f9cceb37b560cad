package vn.motcua.organization;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A unit, an agency or a succession between units was recorded: what was kept of them (unit trees,
 * names on the portal's kept pages) is read again. Published to plain listeners at once (the writing
 * transaction reads its own change) and again when that transaction ends, committed or rolled back
 * (what was read meanwhile may be the uncommitted or the former state).
 */
public record OrganizationChanged() {

	public static void publish(ApplicationEventPublisher events) {
		events.publishEvent(new OrganizationChanged());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					events.publishEvent(new OrganizationChanged());
				}
			});
		}
	}

}
