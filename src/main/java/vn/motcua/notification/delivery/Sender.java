package vn.motcua.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.motcua.notification.domain.Message;
import vn.motcua.notification.sms.SmsGateway;

/** Hands a message to its channel: the SMTP server (the log when none is configured) or the SMS gateway. */
@Component
class Sender {

	private static final Logger log = LoggerFactory.getLogger(Sender.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final SmsGateway sms;

	private final String from;

	Sender(ObjectProvider<JavaMailSender> mail, SmsGateway sms,
			@Value("${motcua.mail.from:no-reply@motcua.local}") String from) {
		this.mail = mail;
		this.sms = sms;
		this.from = from;
	}

	/** @throws RuntimeException when the message could not be handed over (it is retried). */
	void send(Message message) {
		switch (message.channel()) {
			case EMAIL -> email(message.recipient(), message.subject(), message.body());
			case SMS -> this.sms.send(message.recipient(), message.body());
		}
	}

	private void email(String to, String subject, String body) {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			log.info("E-mail to {} (no SMTP server configured): {}", to, subject);
			return;
		}
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
			helper.setFrom(this.from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(body);
			sender.send(message);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
