package vn.motcua.identity.domain;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * After {@code maxAttempts} wrong passwords in a row an account is locked for {@code duration};
 * the count starts again when the lock is set, so the next lock needs as many failures again.
 * <p>
 * An attempt is counted <em>before</em> its password is checked ({@link #claim}), as one under way:
 * while the failures and the attempts under way reach {@code maxAttempts}, the next attempt waits
 * ({@link Verdict#WAIT}) until those are decided. So parallel guesses cannot all be tested while the
 * count lags behind — at most {@code maxAttempts} passwords are checked between two locks — and
 * parallel logins with the right password only wait a moment. An attempt under way for longer than
 * {@link #STALE} (its node died) no longer counts.
 */
public record LockoutPolicy(int maxAttempts, Duration duration) {

	/** How long an attempt under way counts: a password check takes a fraction of a second. */
	public static final Duration STALE = Duration.ofMinutes(1);

	public LockoutPolicy {
		if (maxAttempts < 1 || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("lockout needs at least one attempt and a positive duration");
		}
	}

	/** @return the attempts after one more is claimed at {@code now}, and whether its password may be checked. */
	public Claim claim(Attempts before, Instant now) {
		if (before.lockedAt(now)) {
			return new Claim(before, Verdict.LOCKED);
		}
		Attempts live = before.pendingSince() != null && now.isBefore(before.pendingSince().plus(STALE)) ? before
				: new Attempts(before.failed(), null, 0, null);
		if (live.failed() + live.pending() >= this.maxAttempts) {
			return new Claim(live, Verdict.WAIT);
		}
		return new Claim(new Attempts(live.failed(), null, live.pending() + 1, now), Verdict.ALLOWED);
	}

	/** @return the attempts after a claimed one's password was wrong at {@code now}: locked when it was the last allowed. */
	public Attempts afterFailure(Attempts claimed, Instant now) {
		int pending = Math.max(0, claimed.pending() - 1);
		int failed = claimed.failed() + 1;
		if (failed >= this.maxAttempts) {
			return new Attempts(0, now.plus(this.duration), pending, claimed.pendingSince());
		}
		return new Attempts(failed, claimed.lockedUntil(), pending, claimed.pendingSince());
	}

	/** @return the attempts after a claimed one's password was right: the count starts again, no lock. */
	public Attempts afterSuccess(Attempts claimed) {
		return new Attempts(0, null, Math.max(0, claimed.pending() - 1), claimed.pendingSince());
	}

	/** @return the attempts after a claimed one ended without its password being judged (a disabled account). */
	public Attempts afterAbandon(Attempts claimed) {
		return new Attempts(claimed.failed(), claimed.lockedUntil(), Math.max(0, claimed.pending() - 1),
				claimed.pendingSince());
	}

	/**
	 * An account's wrong passwords in a row, its lock, and the attempts under way.
	 * @param pendingSince when the latest attempt under way was claimed.
	 */
	public record Attempts(int failed, @Nullable Instant lockedUntil, int pending, @Nullable Instant pendingSince) {

		public static final Attempts NONE = new Attempts(0, null, 0, null);

		public boolean lockedAt(Instant now) {
			return this.lockedUntil != null && now.isBefore(this.lockedUntil);
		}

	}

	/** Consecutive failures, and until when the account is locked. */
	public record LoginState(int failedAttempts, @Nullable Instant lockedUntil) {

		public boolean lockedAt(Instant now) {
			return this.lockedUntil != null && now.isBefore(this.lockedUntil);
		}

	}

	/** May the claimed attempt's password be checked: yes, not now (others are being decided), or no (locked). */
	public enum Verdict {

		ALLOWED, WAIT, LOCKED

	}

	/** What {@link #claim} decided. */
	public record Claim(Attempts attempts, Verdict verdict) {
	}

}
