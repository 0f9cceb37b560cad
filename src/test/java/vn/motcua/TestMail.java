package vn.motcua;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

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

	/**
	 * @return the six-digit code of the {@code count}-th verification mail to {@code recipient},
	 * waiting up to 10 s for it; fails when there are not exactly {@code count} of them.
	 */
	public static String code(GreenMail mail, String recipient, int count) throws InterruptedException {
		List<MimeMessage> codes = to(mail, recipient, "Mã xác thực");
		for (int i = 0; i < 50 && codes.size() < count; i++) {
			Thread.sleep(200);
			codes = to(mail, recipient, "Mã xác thực");
		}
		assertThat(codes).hasSize(count);
		Matcher code = Pattern.compile("\\d{6}").matcher(body(codes.get(count - 1)));
		assertThat(code.find()).isTrue();
		return code.group();
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
