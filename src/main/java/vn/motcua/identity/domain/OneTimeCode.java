package vn.motcua.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

/**
 * A one-time code that verifies a citizen's contact: 6 digits, {@link #LIFETIME} to live and
 * {@link #TRIES} tries. Only its hash is kept; a new code replaces the old one. A contact gets a
 * new code at most once a {@link #PAUSE} and {@link #PER_DAY} times in 24 hours ({@link Sent}): so a
 * code cannot be guessed by asking for new ones (at most {@code PER_DAY × TRIES} tries a day in a
 * million), and nobody makes the authority pay for a flood of text messages to one number.
 */
public record OneTimeCode(String code, Instant issuedAt, Instant expiresAt) {

	/** How long a code may be typed back. */
	public static final Duration LIFETIME = Duration.ofMinutes(10);

	/** How many times a code may be tried, right or wrong. */
	public static final int TRIES = 5;

	/** The least time between two codes to one contact. */
	public static final Duration PAUSE = Duration.ofMinutes(1);

	/** How many codes one contact gets in 24 hours. */
	public static final int PER_DAY = 5;

	private static final Duration DAY = Duration.ofHours(24);

	/** @return a new code of six random digits, issued {@code now}. */
	public static OneTimeCode issue(RandomGenerator random, Instant now) {
		return new OneTimeCode("%06d".formatted(random.nextInt(1_000_000)), now, now.plus(LIFETIME));
	}

	/**
	 * The codes sent to one contact lately.
	 * @param lastAt when the last one was sent.
	 * @param dayStartedAt when the first of the last 24 hours' codes was sent.
	 * @param count how many were sent since {@code dayStartedAt}.
	 */
	public record Sent(Instant lastAt, Instant dayStartedAt, int count) {

		/** @return what is sent after one more code at {@code now}, or empty when none may go now. */
		public static Optional<Sent> after(@Nullable Sent before, Instant now) {
			if (before == null || !now.isBefore(before.dayStartedAt.plus(DAY))) {
				return Optional.of(new Sent(now, now, 1));
			}
			if (now.isBefore(before.lastAt.plus(PAUSE)) || before.count >= PER_DAY) {
				return Optional.empty();
			}
			return Optional.of(new Sent(now, before.dayStartedAt, before.count + 1));
		}

	}

}
