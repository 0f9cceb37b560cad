package vn.motcua.notification.officials;

import org.springframework.stereotype.Component;
import vn.motcua.monitoring.OfficialReminded;
import vn.motcua.notification.delivery.Deliveries;
import vn.motcua.notification.delivery.DeliveryListener;
import vn.motcua.notification.domain.Channel;
import vn.motcua.notification.domain.Message;

/**
 * E-mails officials their reminders (đôn đốc, digests) through the same delivery log as the
 * citizens' messages: sent once per reminder, failures retried.
 */
@Component
class ReminderMails {

	private final Deliveries deliveries;

	ReminderMails(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	@DeliveryListener
	void on(OfficialReminded event) {
		this.deliveries.deliver("reminder:" + event.reminderId(),
				new Message(Channel.EMAIL, event.email(), event.subject(), event.body()));
	}

}
