package vn.motcua.notification.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import vn.motcua.MotCuaTest;
import vn.motcua.TestClock;
import vn.motcua.notification.domain.Channel;
import vn.motcua.notification.domain.Message;
import vn.motcua.notification.sms.SmsGateway;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The delivery log: a failure kept and retried after its pause, an event delivered twice at once sent once. */
@MotCuaTest
class DeliveriesIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ObjectProvider<JavaMailSender> mail;

	@Autowired
	TestClock clock;

	private final List<String> sent = new ArrayList<>();

	private boolean gatewayDown = true;

	@Test
	void aFailedMessageIsRetriedAfterItsPauseAndSentOnce() {
		SmsGateway flaky = (phone, text) -> {
			if (this.gatewayDown) {
				throw new IllegalStateException("gateway unreachable");
			}
			this.sent.add(phone + ": " + text);
		};
		Deliveries deliveries = deliveries(flaky);
		String key = "test:" + UUID.randomUUID();

		deliveries.deliver(key, sms("0912000111", "Ho so da duoc tiep nhan"));
		assertThat(row(key)).isEqualTo("FAILED 1 java.lang.IllegalStateException: gateway unreachable");

		this.gatewayDown = false;
		deliveries.retryFailed(); // the pause (2 minutes after a first failure) is not over
		assertThat(this.sent).isEmpty();
		this.clock.set("2026-11-28T09:03:00+07:00");
		deliveries.retryFailed();
		assertThat(this.sent).containsExactly("0912000111: Ho so da duoc tiep nhan");
		assertThat(row(key)).isEqualTo("SENT 2 -");

		deliveries.deliver(key, sms("0912000111", "Ho so da duoc tiep nhan")); // the same event again
		deliveries.retryFailed();
		assertThat(this.sent).hasSize(1);
	}

	@Test
	void anEventDeliveredTwiceAtTheSameMomentIsSentOnce() throws Exception {
		List<String> sent = Collections.synchronizedList(new ArrayList<>());
		SmsGateway slow = (phone, text) -> {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			sent.add(text);
		};
		Deliveries deliveries = deliveries(slow);
		String key = "test:" + UUID.randomUUID();
		var pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> all = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				all.add(pool.submit(() -> deliveries.deliver(key, sms("0912000222", "Ho so da co ket qua"))));
			}
			for (var f : all) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(sent).hasSize(1);
		assertThat(row(key)).isEqualTo("SENT 1 -");
	}

	@Test
	void theLogForgetsWhatWasDoneLongerAgoThanItKeepsButNotWhatIsStillDue() {
		Deliveries deliveries = deliveries((phone, text) -> this.sent.add(phone));
		String old = "test:" + UUID.randomUUID();
		String recent = "test:" + UUID.randomUUID();
		this.clock.set("2025-11-01T09:00:00+07:00");
		deliveries.deliver(old, sms("0912000222", "Cu"));
		String pending = "test:" + UUID.randomUUID();
		deliveries((phone, text) -> {
			throw new IllegalStateException("gateway unreachable");
		}).deliver(pending, sms("0912000333", "Cho gui lai"));
		this.clock.set("2026-11-28T09:00:00+07:00");
		deliveries.deliver(recent, sms("0912000444", "Moi"));

		assertThat(deliveries.forgetDoneBefore(java.time.Duration.ofDays(365))).isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from notification_delivery where event_key = ?").param(old)
			.query(Integer.class).single()).isZero();
		assertThat(row(recent)).isEqualTo("SENT 1 -");
		assertThat(row(pending)).as("a failure still to be retried is kept").startsWith("FAILED 1");
	}

	private Deliveries deliveries(SmsGateway gateway) {
		return new Deliveries(new DeliveryRepository(this.jdbc), this.transactions,
				new Sender(this.mail, gateway, "no-reply@motcua.local"), (Clock) this.clock);
	}

	private static Message sms(String phone, String text) {
		return new Message(Channel.SMS, phone, "", text);
	}

	private String row(String key) {
		return this.jdbc.sql("""
				select status || ' ' || attempts || ' ' || coalesce(last_error, '-') from notification_delivery where event_key = ?""")
			.param(key)
			.query(String.class)
			.single();
	}

}
