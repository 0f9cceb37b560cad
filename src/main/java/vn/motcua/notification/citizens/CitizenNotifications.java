package vn.motcua.notification.citizens;

import java.time.Duration;

import org.springframework.context.MessageSource;

import org.springframework.stereotype.Component;
import vn.motcua.identity.CitizenCodeIssued;
import vn.motcua.notification.delivery.Deliveries;
import vn.motcua.notification.delivery.DeliveryListener;
import vn.motcua.notification.domain.Channel;
import vn.motcua.notification.domain.Message;
import vn.motcua.shared.Vietnam;

/** Sends a citizen the one-time code that verifies their phone number or e-mail address. */
@Component
class CitizenNotifications {

	private final Deliveries deliveries;

	private final MessageSource messages;

	CitizenNotifications(Deliveries deliveries, MessageSource messages) {
		this.deliveries = deliveries;
		this.messages = messages;
	}

	@DeliveryListener
	void on(CitizenCodeIssued event) {
		Object[] args = { event.code(), Duration.between(event.issuedAt(), event.expiresAt()).toMinutes() };
		String key = "code:" + event.contact() + ":" + event.issuedAt().toEpochMilli();
		Message message = event.email()
				? new Message(Channel.EMAIL, event.contact(), text("notify.code.subject", args),
						text("notify.code.body", args))
				: new Message(Channel.SMS, event.contact(), "", text("notify.code.sms", args));
		this.deliveries.deliver(key, message);
	}

	private String text(String key, Object[] args) {
		return this.messages.getMessage(key, args, Vietnam.LOCALE);
	}

}
