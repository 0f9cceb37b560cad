package vn.motcua;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) for the test suite, on a free port, with the application's mail
 * sender pointed at it: tests read what citizens would have received.
 */
public final class TestMail {

	private TestMail() {
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean(initMethod = "start", destroyMethod = "stop")
		GreenMail greenMail() {
			return new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		}

		@Bean
		JavaMailSenderImpl mailSender(GreenMail greenMail) {
			JavaMailSenderImpl sender = new JavaMailSenderImpl();
			sender.setHost("localhost");
			sender.setPort(greenMail.getSmtp().getPort());
			sender.setDefaultEncoding("UTF-8");
			return sender;
		}

	}

	/** @return the messages to {@code recipient} whose subject contains {@code text}, waiting up to 10 s for at least one. */
	public static List<MimeMessage> to(GreenMail mail, String recipient, String text) {
		long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<MimeMessage> found;
		do {
			found = matching(mail, recipient, text);
			if (!found.isEmpty()) {
				return found;
			}
			mail.waitForIncomingEmail(200, Integer.MAX_VALUE);
		}
		while (System.nanoTime() < end);
		return found;
	}

	/** @return the matching messages now, without waiting. */
	public static List<MimeMessage> matching(GreenMail mail, String recipient, String text) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(recipient) && m.getSubject().contains(text);
			}
			catch (MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	/** @return the decoded text of a plain-text message. */
	public static String body(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
