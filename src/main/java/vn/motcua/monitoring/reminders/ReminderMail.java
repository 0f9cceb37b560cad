package vn.motcua.monitoring.reminders;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.identity.OfficialView;
import vn.motcua.monitoring.OfficialReminded;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

/**
 * Hands the reminders not yet e-mailed over to whoever mails officials, as {@link OfficialReminded}
 * events in the transaction that marks them handed over; a reminder to an official without an
 * e-mail address stays in the centre only.
 */
@Component
class ReminderMail {

	/** The most reminders handed over in one run. */
	static final int BATCH = 200;

	private final ReminderRepository reminders;

	private final IdentityManagement identity;

	private final ApplicationEventPublisher events;

	ReminderMail(ReminderRepository reminders, IdentityManagement identity, ApplicationEventPublisher events) {
		this.reminders = reminders;
		this.identity = identity;
		this.events = events;
	}

	@Transactional
	void handOver() {
		for (ReminderRepository.Unsent u : this.reminders.unsent(BATCH)) {
			if (!this.reminders.markEmailed(u.id())) {
				continue; // handed over at the same moment by another run
			}
			OfficialView official = official(u.recipient());
			if (official != null && official.email() != null && !official.email().isBlank()) {
				this.events.publishEvent(
						new OfficialReminded(u.id(), u.recipient(), official.email(), u.subject(), u.body()));
			}
		}
	}

	private @Nullable OfficialView official(String username) {
		try {
			return this.identity.official(username, Actor.system());
		}
		catch (DomainException ex) {
			return null; // not an official's account (the system, an import)
		}
	}

}
