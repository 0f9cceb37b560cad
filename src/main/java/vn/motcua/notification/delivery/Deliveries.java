package vn.motcua.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.notification.domain.Delivery;
import vn.motcua.notification.domain.Message;

/**
 * Sends a message once per event and channel. The delivery is recorded and taken for sending (each
 * in its own transaction) before it is sent: an event delivered again, even at the same moment,
 * finds its row taken or sent and sends nothing; a failure is kept with its error and retried with
 * growing pauses, up to {@link Delivery#MAX_ATTEMPTS}. Only a node dying between the hand-over and
 * the row's update leaves a message that is sent again, after {@link Delivery#CLAIM}.
 */
@Component
public class Deliveries {

	/** The most failed deliveries retried in one run. */
	static final int RETRY_BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

	private final DeliveryRepository repository;

	private final TransactionTemplate separately;

	private final Sender sender;

	private final Clock clock;

	Deliveries(DeliveryRepository repository, PlatformTransactionManager transactions, Sender sender, Clock clock) {
		this.repository = repository;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.sender = sender;
		this.clock = clock;
	}

	/**
	 * Sends unless this event already went out on this channel (or is being sent).
	 * @param eventKey what the message is about, with the channel its key in the log; must not be
	 * {@literal null}.
	 */
	public void deliver(String eventKey, Message message) {
		Optional<Delivery> claimed = this.separately.execute(status -> {
			this.repository.add(Delivery.record(eventKey, message, this.clock.instant()));
			return this.repository.find(eventKey, message.channel())
				.filter(Delivery::isClaimable)
				.flatMap(d -> take(d, d.claim(this.clock.instant())));
		});
		if (claimed != null && claimed.isPresent()) {
			attempt(claimed.get(), message); // as this event gives it; the log keeps the first one recorded
		}
	}

	/** Retries the failed (or abandoned) deliveries whose pause is over; of two nodes retrying, one takes each. */
	void retryFailed() {
		Instant now = this.clock.instant();
		for (Delivery due : this.repository.dueForRetry(now, RETRY_BATCH)) {
			Optional<Delivery> claimed = this.separately.execute(status -> take(due, due.reclaim(now)));
			if (claimed != null && claimed.isPresent()) {
				attempt(claimed.get(), claimed.get().message());
			}
		}
	}

	/**
	 * Forgets the deliveries done more than {@code kept} ago (local practice, setting
	 * {@code motcua.notifications.keep}): the log does not grow for ever.
	 * @return how many were forgotten.
	 */
	int forgetDoneBefore(Duration kept) {
		return this.repository.deleteDoneBefore(this.clock.instant().minus(kept));
	}

	/** @return the delivery taken, or empty when another sender took it first. */
	private Optional<Delivery> take(Delivery from, Delivery to) {
		try {
			return Optional.of(this.repository.update(from, to));
		}
		catch (OptimisticLockingFailureException ex) {
			return Optional.empty();
		}
	}

	private void attempt(Delivery claimed, Message message) {
		try {
			this.sender.send(message);
			this.separately
				.executeWithoutResult(status -> this.repository.update(claimed, claimed.sent(this.clock.instant())));
		}
		catch (RuntimeException ex) {
			log.warn("Could not send {} to {}: {}", message.channel(), message.recipient(), ex.toString());
			this.separately.executeWithoutResult(
					status -> this.repository.update(claimed, claimed.failed(ex.toString(), this.clock.instant())));
		}
	}

}
