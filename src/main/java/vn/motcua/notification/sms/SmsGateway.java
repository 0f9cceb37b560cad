package vn.motcua.notification.sms;

/**
 * Sends a text message. The default only logs it; {@link HttpSmsGateway} posts it to a provider
 * when {@code motcua.sms.url} is set.
 */
public interface SmsGateway {

	/** @throws RuntimeException when the message could not be handed over (it is retried). */
	void send(String phone, String text);

}
