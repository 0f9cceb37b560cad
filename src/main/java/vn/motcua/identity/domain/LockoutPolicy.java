package vn.motcua.identity.domain;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * After {@code maxAttempts} wrong passwords in a row an account is locked for {@code duration};
 * the count starts again when the lock is set, so the next lock needs as many failures again.
 */
public record LockoutPolicy(int maxAttempts, Duration duration) {

	public LockoutPolicy {
		if (maxAttempts < 1 || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("lockout needs at least one attempt and a positive duration");
		}
	}

	/**
	 * @param failedBefore consecutive failures before this one.
	 * @return the state after one more failure at {@code now}.
	 */
	public LoginState afterFailure(int failedBefore, @Nullable Instant lockedUntil, Instant now) {
		int failed = failedBefore + 1;
		if (failed >= this.maxAttempts) {
			return new LoginState(0, now.plus(this.duration));
		}
		return new LoginState(failed, lockedUntil);
	}

	/** Consecutive failures, and until when the account is locked. */
	public record LoginState(int failedAttempts, @Nullable Instant lockedUntil) {

		public boolean lockedAt(Instant now) {
			return this.lockedUntil != null && now.isBefore(this.lockedUntil);
		}

	}

}
