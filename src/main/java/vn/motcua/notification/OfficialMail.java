package vn.motcua.notification;

import org.springframework.stereotype.Component;

/**
 * E-mail to officials (reminders, digests) through the same delivery log as the citizens'
 * messages: sent once per key, failures retried.
 */
@Component
public class OfficialMail {

	private final Deliveries deliveries;

	OfficialMail(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	/** @param key what the message is about; a key already sent sends nothing. */
	public void send(String key, String address, String subject, String body) {
		this.deliveries.deliver(key, Channel.EMAIL, address, subject, body);
	}

}
