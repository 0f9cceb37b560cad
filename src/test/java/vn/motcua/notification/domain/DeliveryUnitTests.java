package vn.motcua.notification.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.notification.domain.Delivery.Status;
import vn.motcua.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A delivery's life: pending, taken for sending, sent or failed and retried after a growing pause. */
class DeliveryUnitTests {

	static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

	static final Message SMS = new Message(Channel.SMS, "0912000111", "", "Ho so da duoc tiep nhan");

	private static Delivery in(Status status, int attempts, Instant nextTryAt) {
		return new Delivery(Delivery.record("received:1", SMS, NOW).id(), "received:1", SMS, status, attempts, "error",
				NOW, null, nextTryAt);
	}

	@Test
	void aNewDeliveryIsPendingWithNothingTried() {
		Delivery d = Delivery.record("received:1", SMS, NOW);
		assertThat(d.status()).isEqualTo(Status.PENDING);
		assertThat(d.attempts()).isZero();
		assertThat(d.eventKey()).isEqualTo("received:1");
		assertThat(d.message()).isEqualTo(SMS);
		assertThat(d.createdAt()).isEqualTo(NOW);
		assertThat(d.lastError()).isNull();
		assertThat(d.sentAt()).isNull();
		assertThat(d.nextTryAt()).isNull();
		assertThat(d.isClaimable()).isTrue();
		assertThat(d.isDueForRetry(NOW.plus(Duration.ofDays(1)))).isFalse();
	}

	@Test
	void claimingTakesItForSendingUntilTheClaimRunsOut() {
		Delivery d = Delivery.record("received:1", SMS, NOW).claim(NOW);
		assertThat(d.status()).isEqualTo(Status.SENDING);
		assertThat(d.nextTryAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
		assertThat(d.isClaimable()).isFalse();
		assertThat(d.isDueForRetry(NOW.plus(Duration.ofMinutes(9)))).isFalse();
		assertThat(d.isDueForRetry(NOW.plus(Duration.ofMinutes(10)))).isTrue(); // its sender died
	}

	@Test
	void aFailedDeliveryIsClaimedAgainWhenItsEventComesBackEvenBeforeItsPause() {
		Delivery failed = in(Status.FAILED, 1, NOW.plus(Duration.ofMinutes(2)));
		assertThat(failed.isClaimable()).isTrue();
		assertThat(failed.claim(NOW).status()).isEqualTo(Status.SENDING);
		assertThat(failed.claim(NOW).attempts()).isEqualTo(1);
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "SENDING", "SENT" })
	void aDeliveryBeingSentOrSentIsNotClaimed(Status status) {
		Delivery d = in(status, 1, NOW);
		assertThat(d.isClaimable()).isFalse();
		assertThatThrownBy(() -> d.claim(NOW)).isInstanceOf(DomainException.class)
			.extracting("code")
			.isEqualTo("illegal-transition");
	}

	@Test
	void sendingCountsTheAttemptAndClearsTheErrorAndTheRetry() {
		Delivery sent = in(Status.FAILED, 2, NOW).claim(NOW).sent(NOW.plusSeconds(1));
		assertThat(sent.status()).isEqualTo(Status.SENT);
		assertThat(sent.attempts()).isEqualTo(3);
		assertThat(sent.sentAt()).isEqualTo(NOW.plusSeconds(1));
		assertThat(sent.lastError()).isNull();
		assertThat(sent.nextTryAt()).isNull();
		assertThat(sent.isClaimable()).isFalse();
		assertThat(sent.isDueForRetry(NOW.plus(Duration.ofDays(1)))).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "0, 2", "1, 4", "2, 8", "5, 64", "9, 1024", "10, 1024", "20, 1024" })
	void aFailureIsRetriedAfterAPauseThatDoubles(int attemptsBefore, long minutes) {
		Delivery failed = in(Status.SENDING, attemptsBefore, NOW).failed("java.io.IOException: down", NOW);
		assertThat(failed.status()).isEqualTo(Status.FAILED);
		assertThat(failed.attempts()).isEqualTo(attemptsBefore + 1);
		assertThat(failed.lastError()).isEqualTo("java.io.IOException: down");
		assertThat(failed.sentAt()).isNull();
		assertThat(failed.nextTryAt()).isEqualTo(NOW.plus(Duration.ofMinutes(minutes)));
	}

	@Test
	void aRetryTakesAFailedDeliveryOnlyAfterItsPauseAndWhileTriesAreLeft() {
		Delivery failed = in(Status.SENDING, 0, NOW).failed("down", NOW);
		assertThat(failed.isDueForRetry(NOW.plus(Duration.ofSeconds(119)))).isFalse();
		assertThatThrownBy(() -> failed.reclaim(NOW)).isInstanceOf(DomainException.class);
		Delivery retried = failed.reclaim(NOW.plus(Duration.ofMinutes(2)));
		assertThat(retried.status()).isEqualTo(Status.SENDING);
		assertThat(retried.nextTryAt()).isEqualTo(NOW.plus(Duration.ofMinutes(12)));
		assertThat(retried.attempts()).isEqualTo(1);
		assertThat(retried.lastError()).isEqualTo("down");
		assertThat(in(Status.FAILED, Delivery.MAX_ATTEMPTS - 1, NOW).isDueForRetry(NOW)).isTrue();
		assertThat(in(Status.FAILED, Delivery.MAX_ATTEMPTS, NOW).isDueForRetry(NOW)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "PENDING", "SENT" })
	void onlyFailedOrAbandonedDeliveriesAreRetried(Status status) {
		assertThat(in(status, 1, NOW).isDueForRetry(NOW.plusSeconds(1))).isFalse();
	}

	@Test
	void aDeliveryWithoutARetryMomentIsNotRetried() {
		Delivery failedWithoutMoment = new Delivery(Delivery.record("k", SMS, NOW).id(), "k", SMS, Status.FAILED, 1,
				"down", NOW, null, null);
		assertThat(failedWithoutMoment.isDueForRetry(NOW)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = Status.class, names = { "PENDING", "SENT", "FAILED" })
	void onlyADeliveryBeingSentIsSentOrFails(Status status) {
		Delivery d = in(status, 1, NOW);
		assertThatThrownBy(() -> d.sent(NOW)).isInstanceOf(DomainException.class)
			.extracting("code")
			.isEqualTo("illegal-transition");
		assertThatThrownBy(() -> d.failed("x", NOW)).isInstanceOf(DomainException.class)
			.extracting("code")
			.isEqualTo("illegal-transition");
	}

	@Test
	void transitionsKeepWhatTheDeliveryIs() {
		Delivery d = Delivery.record("received:1", SMS, NOW);
		Delivery sent = d.claim(NOW).sent(NOW);
		assertThat(sent.id()).isEqualTo(d.id());
		assertThat(sent.eventKey()).isEqualTo(d.eventKey());
		assertThat(sent.message()).isEqualTo(d.message());
		assertThat(sent.createdAt()).isEqualTo(d.createdAt());
		assertThat(Delivery.CLAIMABLE).containsExactlyInAnyOrder(Status.PENDING, Status.FAILED);
		assertThat(Delivery.RETRYABLE).containsExactlyInAnyOrder(Status.FAILED, Status.SENDING);
	}

}
