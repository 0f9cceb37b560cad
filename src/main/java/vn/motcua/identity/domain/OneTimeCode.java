package vn.motcua.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * A one-time code that verifies a citizen's contact: 6 digits, {@link #LIFETIME} to live and
 * {@link #TRIES} tries. Only its hash is kept; a new code replaces the old one.
 */
public record OneTimeCode(String code, Instant issuedAt, Instant expiresAt) {

	/** How long a code may be typed back. */
	public static final Duration LIFETIME = Duration.ofMinutes(10);

	/** How many times a code may be tried, right or wrong. */
	public static final int TRIES = 5;

	/** @return a new code of six random digits, issued {@code now}. */
	public static OneTimeCode issue(RandomGenerator random, Instant now) {
		return new OneTimeCode("%06d".formatted(random.nextInt(1_000_000)), now, now.plus(LIFETIME));
	}

}
