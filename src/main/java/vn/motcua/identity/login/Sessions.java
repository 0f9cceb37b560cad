package vn.motcua.identity.login;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends an official's sessions on every node (they live in the database) once a change that takes
 * away what they were signed in with is committed: disabled, roles or unit changed, password reset or
 * changed (issue 17: sessions outlived the official's rights).
 */
@Component
public class Sessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	Sessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of {@code username} after the current transaction commits (at once without one). */
	public void endAll(String username) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			end(username);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				end(username);
			}
		});
	}

	private void end(String username) {
		this.sessions.findByPrincipalName(username).keySet().forEach(this.sessions::deleteById);
	}

}
