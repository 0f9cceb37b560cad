package vn.motcua.identity.domain;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * After {@code maxAttempts} wrong passwords in a row an account is locked for {@code duration};
 * the count starts again when the lock is set, so the next lock needs as many failures again.
 * <p>
 * An attempt is counted <em>before</em> its password is checked ({@link #claim}) and forgiven when
 * the password was right: so parallel guesses cannot all be tested while the count lags behind. At
 * most {@code maxAttempts} passwords are ever checked between two locks, however many arrive at once.
 */
public record LockoutPolicy(int maxAttempts, Duration duration) {

	public LockoutPolicy {
		if (maxAttempts < 1 || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("lockout needs at least one attempt and a positive duration");
		}
	}

	/**
	 * Before a password is checked at {@code now}.
	 * @return the state to store and whether the password may be checked: not while locked, and not
	 * once {@code maxAttempts} attempts are counted and unresolved (those then lock the account).
	 */
	public Claim claim(LoginState before, Instant now) {
		if (before.lockedAt(now)) {
			return new Claim(before, false);
		}
		if (before.failedAttempts() >= this.maxAttempts) {
			return new Claim(new LoginState(0, now.plus(this.duration)), false);
		}
		return new Claim(new LoginState(before.failedAttempts() + 1, null), true);
	}

	/**
	 * @param claimed the state after the attempt's {@link #claim}, the wrong password counted.
	 * @return the state after the wrong password at {@code now}: locked when it was the last allowed.
	 */
	public LoginState afterFailure(LoginState claimed, Instant now) {
		if (claimed.failedAttempts() >= this.maxAttempts) {
			return new LoginState(0, now.plus(this.duration));
		}
		return claimed;
	}

	/** Consecutive failures (counting attempts whose password is being checked), and until when the account is locked. */
	public record LoginState(int failedAttempts, @Nullable Instant lockedUntil) {

		public static final LoginState NONE = new LoginState(0, null);

		public boolean lockedAt(Instant now) {
			return this.lockedUntil != null && now.isBefore(this.lockedUntil);
		}

	}

	/** What {@link #claim} decided. */
	public record Claim(LoginState state, boolean allowed) {
	}

}
