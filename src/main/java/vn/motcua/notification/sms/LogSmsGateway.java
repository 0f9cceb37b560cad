package vn.motcua.notification.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default SMS gateway: writes the message to the log (no provider configured). */
class LogSmsGateway implements SmsGateway {

	private static final Logger log = LoggerFactory.getLogger(LogSmsGateway.class);

	@Override
	public void send(String phone, String text) {
		log.info("SMS to {}: {}", phone, text);
	}

}
