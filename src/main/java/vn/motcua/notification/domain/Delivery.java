package vn.motcua.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * A message sent once per event and channel (the delivery log): recorded {@code PENDING}, taken for
 * sending ({@code SENDING}) before it is sent, then {@code SENT}, or {@code FAILED} with its error
 * and retried after a pause that doubles each time, up to {@link #MAX_ATTEMPTS}. A delivery taken
 * for sending stays with its sender for {@link #CLAIM}: one whose sender died is retried after it.
 * Immutable: each transition returns the next state, which the repository stores only if the
 * stored row is still the state it came from.
 */
public final class Delivery {

	/** Where a delivery stands. */
	public enum Status {

		PENDING, SENDING, SENT, FAILED

	}

	/** How many times a message is tried at most (retries stop there). */
	public static final int MAX_ATTEMPTS = 6;

	/** How long a delivery taken for sending stays with its sender. */
	public static final Duration CLAIM = Duration.ofMinutes(10);

	/** The states an event's delivery is taken from when the event comes (again). */
	public static final Set<Status> CLAIMABLE = Set.of(Status.PENDING, Status.FAILED);

	/** The states a retry takes a delivery from once its pause is over: failed, or abandoned by its sender. */
	public static final Set<Status> RETRYABLE = Set.of(Status.FAILED, Status.SENDING);

	private final UUID id;

	private final String eventKey;

	private final Message message;

	private final Status status;

	private final int attempts;

	private final @Nullable String lastError;

	private final Instant createdAt;

	private final @Nullable Instant sentAt;

	private final @Nullable Instant nextTryAt;

	/** The state of a stored delivery; {@link #record} makes a new one. */
	public Delivery(UUID id, String eventKey, Message message, Status status, int attempts,
			@Nullable String lastError, Instant createdAt, @Nullable Instant sentAt, @Nullable Instant nextTryAt) {
		this.id = Objects.requireNonNull(id);
		this.eventKey = Objects.requireNonNull(eventKey);
		this.message = Objects.requireNonNull(message);
		this.status = Objects.requireNonNull(status);
		this.attempts = attempts;
		this.lastError = lastError;
		this.createdAt = Objects.requireNonNull(createdAt);
		this.sentAt = sentAt;
		this.nextTryAt = nextTryAt;
	}

	/** @return a new delivery of the event's message, pending. */
	public static Delivery record(String eventKey, Message message, Instant now) {
		return new Delivery(UUID.randomUUID(), eventKey, message, Status.PENDING, 0, null, now, null, null);
	}

	/** @return whether the event coming (again) may take this delivery for sending. */
	public boolean isClaimable() {
		return CLAIMABLE.contains(this.status);
	}

	/** @return whether a retry may take this delivery at {@code now}: its pause is over, tries are left. */
	public boolean isDueForRetry(Instant now) {
		return RETRYABLE.contains(this.status) && this.nextTryAt != null && !this.nextTryAt.isAfter(now)
				&& this.attempts < MAX_ATTEMPTS;
	}

	/** @return the delivery taken for sending by the event's sender until {@code now} + {@link #CLAIM}. */
	public Delivery claim(Instant now) {
		require(isClaimable(), "claim");
		return next(Status.SENDING, this.attempts, this.lastError, this.sentAt, now.plus(CLAIM));
	}

	/** @return the delivery taken for a retry until {@code now} + {@link #CLAIM}. */
	public Delivery reclaim(Instant now) {
		require(isDueForRetry(now), "reclaim");
		return next(Status.SENDING, this.attempts, this.lastError, this.sentAt, now.plus(CLAIM));
	}

	/** @return the delivery sent at {@code now}: one more attempt, no error, nothing to retry. */
	public Delivery sent(Instant now) {
		require(this.status == Status.SENDING, "sent");
		return next(Status.SENT, this.attempts + 1, null, now, null);
	}

	/** @return the delivery failed at {@code now}: retried after 2, 4, 8 … minutes (at most 1024). */
	public Delivery failed(String error, Instant now) {
		require(this.status == Status.SENDING, "failed");
		int tried = this.attempts + 1;
		return next(Status.FAILED, tried, error, this.sentAt, now.plus(Duration.ofMinutes(1L << Math.min(tried, 10))));
	}

	private Delivery next(Status status, int attempts, @Nullable String lastError, @Nullable Instant sentAt,
			@Nullable Instant nextTryAt) {
		return new Delivery(this.id, this.eventKey, this.message, status, attempts, lastError, this.createdAt, sentAt,
				nextTryAt);
	}

	private void require(boolean allowed, String transition) {
		if (!allowed) {
			throw new DomainException(Kind.CONFLICT, "illegal-transition", transition, this.status);
		}
	}

	public UUID id() {
		return this.id;
	}

	public String eventKey() {
		return this.eventKey;
	}

	public Message message() {
		return this.message;
	}

	public Status status() {
		return this.status;
	}

	public int attempts() {
		return this.attempts;
	}

	public @Nullable String lastError() {
		return this.lastError;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable Instant sentAt() {
		return this.sentAt;
	}

	public @Nullable Instant nextTryAt() {
		return this.nextTryAt;
	}

}
