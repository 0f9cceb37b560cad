package vn.motcua.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a message once per event and channel. The delivery is recorded and taken for sending (each
 * in its own transaction) before it is sent: an event delivered again, even at the same moment,
 * finds its row taken or sent and sends nothing; a failure is kept with its error and retried with
 * growing pauses, up to {@link #MAX_ATTEMPTS}. Only a node dying between the hand-over and the
 * row's update leaves a message that is sent again, after {@link #CLAIM}.
 */
@Component
class Deliveries {

	static final int MAX_ATTEMPTS = 6;

	/** How long a delivery taken for sending stays with its sender. */
	static final Duration CLAIM = Duration.ofMinutes(10);

	private static final String CLAIM_SQL = "update notification_delivery set status = 'SENDING', next_try_at = :until"
			+ " where %s returning id";

	private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate separately;

	private final ObjectProvider<JavaMailSender> mail;

	private final SmsGateway sms;

	private final String from;

	private final Clock clock;

	Deliveries(JdbcClient jdbc, PlatformTransactionManager transactions, ObjectProvider<JavaMailSender> mail,
			SmsGateway sms, @Value("${motcua.mail.from:no-reply@motcua.local}") String from, Clock clock) {
		this.jdbc = jdbc;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.mail = mail;
		this.sms = sms;
		this.from = from;
		this.clock = clock;
	}

	/** Sends unless this event already went out on this channel. */
	void deliver(String eventKey, Channel channel, String recipient, String subject, String body) {
		Optional<UUID> pending = this.separately.execute(status -> {
			this.jdbc.sql("""
					insert into notification_delivery (id, event_key, channel, recipient, subject, body, status, created_at)
					values (:id, :key, :channel, :recipient, :subject, :body, 'PENDING', :now)
					on conflict (event_key, channel) do nothing""")
				.param("id", UUID.randomUUID())
				.param("key", eventKey)
				.param("channel", channel.name())
				.param("recipient", recipient)
				.param("subject", subject)
				.param("body", body)
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
			return claim(eventKey, channel);
		});
		if (pending != null && pending.isPresent()) {
			attempt(pending.get(), channel, recipient, subject, body);
		}
	}

	/** Retries the failed deliveries whose pause is over. */
	void retryFailed() {
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Failed> due = this.jdbc.sql("""
				select id, channel, recipient, subject, body from notification_delivery
				where status in ('FAILED', 'SENDING') and next_try_at <= :now and attempts < :max
				order by next_try_at limit 100""")
			.param("now", now)
			.param("max", MAX_ATTEMPTS)
			.query(Failed.class)
			.list();
		for (Failed f : due) {
			Optional<UUID> claimed = this.separately.execute(status -> claimForRetry(f.id(), now));
			if (claimed != null && claimed.isPresent()) {
				attempt(f.id(), Channel.valueOf(f.channel()), f.recipient(), f.subject(), f.body());
			}
		}
	}

	private record Failed(UUID id, String channel, String recipient, String subject, String body) {
	}

	/**
	 * Takes an event's delivery for sending: of two callers at once (an event delivered twice),
	 * one gets it. The claim lasts {@link #CLAIM}: a node that died while sending leaves it to the
	 * retries after that.
	 */
	private Optional<UUID> claim(String eventKey, Channel channel) {
		return this.jdbc.sql(CLAIM_SQL.formatted("event_key = :key and channel = :channel and status in ('PENDING', 'FAILED')"))
			.param("until", Timestamp.from(this.clock.instant().plus(CLAIM)))
			.param("key", eventKey)
			.param("channel", channel.name())
			.query(UUID.class)
			.optional();
	}

	/** Takes a failed (or abandoned) delivery for a retry; of two nodes retrying, one gets it. */
	private Optional<UUID> claimForRetry(UUID id, Timestamp now) {
		return this.jdbc.sql(CLAIM_SQL.formatted("id = :id and status in ('FAILED', 'SENDING') and next_try_at <= :now"))
			.param("until", Timestamp.from(this.clock.instant().plus(CLAIM)))
			.param("id", id)
			.param("now", now)
			.query(UUID.class)
			.optional();
	}

	private void attempt(UUID id, Channel channel, String recipient, String subject, String body) {
		try {
			switch (channel) {
				case EMAIL -> email(recipient, subject, body);
				case SMS -> this.sms.send(recipient, body);
			}
			this.separately.executeWithoutResult(status -> this.jdbc.sql("""
					update notification_delivery set status = 'SENT', attempts = attempts + 1, sent_at = :now,
					  last_error = null, next_try_at = null where id = :id""")
				.param("now", Timestamp.from(this.clock.instant()))
				.param("id", id)
				.update());
		}
		catch (RuntimeException ex) {
			log.warn("Could not send {} to {}: {}", channel, recipient, ex.toString());
			this.separately.executeWithoutResult(status -> {
				int attempts = this.jdbc.sql("""
						update notification_delivery set status = 'FAILED', attempts = attempts + 1, last_error = :error
						where id = :id returning attempts""")
					.param("error", ex.toString())
					.param("id", id)
					.query(Integer.class)
					.single();
				Instant next = this.clock.instant().plus(Duration.ofMinutes(1L << Math.min(attempts, 10)));
				this.jdbc.sql("update notification_delivery set next_try_at = :next where id = :id")
					.param("next", Timestamp.from(next))
					.param("id", id)
					.update();
			});
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
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
