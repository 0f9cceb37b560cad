package vn.motcua.notification;

import java.time.Duration;
import java.util.Locale;

import vn.motcua.identity.CitizenCodeIssued;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Sends a citizen the one-time code that verifies their phone number or e-mail address. */
@Component
class CitizenNotifications {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

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
					this.messages.getMessage("notify.code.subject", args, VIETNAMESE),
					this.messages.getMessage("notify.code.body", args, VIETNAMESE));
		}
		else {
			this.deliveries.deliver(key, Channel.SMS, event.contact(), "",
					this.messages.getMessage("notify.code.sms", args, VIETNAMESE));
		}
	}

}
