package vn.motcua.notification;

import java.time.Duration;
import java.util.Locale;

import vn.motcua.identity.CitizenCodeIssued;
import vn.motcua.shared.Vietnam;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends a citizen the one-time code that verifies their phone number or e-mail address. */
@Component
class CitizenNotifications {

	private final Deliveries deliveries;

	private final MessageSource messages;

	CitizenNotifications(Deliveries deliveries, MessageSource messages) {
		this.deliveries = deliveries;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(CitizenCodeIssued event) {
		Object[] args = { event.code(), Duration.between(event.issuedAt(), event.expiresAt()).toMinutes() };
		String key = "code:" + event.contact() + ":" + event.issuedAt().toEpochMilli();
		if (event.email()) {
			this.deliveries.deliver(key, Channel.EMAIL, event.contact(),
					this.messages.getMessage("notify.code.subject", args, Vietnam.LOCALE),
					this.messages.getMessage("notify.code.body", args, Vietnam.LOCALE));
		}
		else {
			this.deliveries.deliver(key, Channel.SMS, event.contact(), "",
					this.messages.getMessage("notify.code.sms", args, Vietnam.LOCALE));
		}
	}

}
