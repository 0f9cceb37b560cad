package vn.motcua.identity.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import vn.motcua.identity.domain.LockoutPolicy.Attempts;
import vn.motcua.identity.domain.LockoutPolicy.Claim;
import vn.motcua.identity.domain.LockoutPolicy.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyUnitTests {

	private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

	private final LockoutPolicy lockout = new LockoutPolicy(5, Duration.ofMinutes(15));

	@Test
	void theFifthWrongPasswordLocksForFifteenMinutes() {
		Attempts attempts = Attempts.NONE;
		for (int i = 1; i <= 5; i++) {
			Claim claim = this.lockout.claim(attempts, NOW);
			assertThat(claim.verdict()).isEqualTo(Verdict.ALLOWED);
			assertThat(claim.attempts()).isEqualTo(new Attempts(i - 1, null, 1, NOW));
			attempts = this.lockout.afterFailure(claim.attempts(), NOW);
			assertThat(attempts.lockedAt(NOW)).isEqualTo(i == 5);
			assertThat(attempts.pending()).isZero();
		}

		assertThat(attempts.lockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(attempts.lockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
		assertThat(attempts.failed()).isZero();
		assertThat(this.lockout.claim(attempts, NOW.plus(Duration.ofMinutes(14))))
			.isEqualTo(new Claim(attempts, Verdict.LOCKED));
		assertThat(this.lockout.claim(attempts, NOW.plus(Duration.ofMinutes(15))).verdict()).isEqualTo(Verdict.ALLOWED);
	}

	@Test
	void parallelAttemptsBeyondTheAllowedWaitAndAreDecidedByThoseUnderWay() {
		Attempts attempts = Attempts.NONE;
		for (int i = 0; i < 5; i++) {
			attempts = this.lockout.claim(attempts, NOW).attempts(); // five passwords being checked at once
		}
		assertThat(attempts).isEqualTo(new Attempts(0, null, 5, NOW));
		Claim sixth = this.lockout.claim(attempts, NOW);
		assertThat(sixth).isEqualTo(new Claim(attempts, Verdict.WAIT));

		// the right password among them: the count starts again and the sixth goes ahead
		Attempts right = this.lockout.afterSuccess(attempts);
		assertThat(right).isEqualTo(new Attempts(0, null, 4, NOW));
		assertThat(this.lockout.claim(right, NOW).verdict()).isEqualTo(Verdict.ALLOWED);

		// five wrong ones: the last locks the account, and the sixth is refused
		Attempts wrong = attempts;
		for (int i = 0; i < 5; i++) {
			wrong = this.lockout.afterFailure(wrong, NOW);
		}
		assertThat(wrong.lockedAt(NOW)).isTrue();
		assertThat(wrong.pending()).isZero();
		assertThat(this.lockout.claim(wrong, NOW).verdict()).isEqualTo(Verdict.LOCKED);
	}

	@Test
	void attemptsUnderWayForAMinuteNoLongerCountAndAnAbandonedOneIsReleased() {
		Attempts stuck = new Attempts(2, null, 3, NOW);
		assertThat(this.lockout.claim(stuck, NOW.plusSeconds(59)).verdict()).isEqualTo(Verdict.WAIT);
		assertThat(this.lockout.claim(stuck, NOW.plus(LockoutPolicy.STALE)))
			.isEqualTo(new Claim(new Attempts(2, null, 1, NOW.plus(LockoutPolicy.STALE)), Verdict.ALLOWED));
		assertThat(this.lockout.afterAbandon(stuck)).isEqualTo(new Attempts(2, null, 2, NOW));
		assertThat(this.lockout.afterAbandon(Attempts.NONE)).isEqualTo(Attempts.NONE);
		assertThat(this.lockout.afterSuccess(Attempts.NONE)).isEqualTo(Attempts.NONE);
	}

	@Test
	void whatAnAdministratorSeesIsLockedUntilTheMomentOnly() {
		LockoutPolicy.LoginState state = new LockoutPolicy.LoginState(0, NOW);
		assertThat(state.lockedAt(NOW.minusNanos(1))).isTrue();
		assertThat(state.lockedAt(NOW)).isFalse();
		assertThat(new LockoutPolicy.LoginState(4, null).lockedAt(NOW)).isFalse();
	}

	@Test
	void aFailureBeforeTheLastAllowedKeepsTheCountAndAnyEarlierLock() {
		Instant earlier = NOW.minusSeconds(5);
		assertThat(this.lockout.afterFailure(new Attempts(3, earlier, 1, NOW), NOW))
			.isEqualTo(new Attempts(4, earlier, 0, NOW));
	}

	@Test
	void aLockoutNeedsAtLeastOneAttemptAndATime() {
		assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LockoutPolicy(3, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aLockoutNeedsAtLeastOneAttemptAndAPositiveDuration() {
		assertThatNoException().isThrownBy(() -> new LockoutPolicy(1, Duration.ofSeconds(1)));
		assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(15)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void passwordsNeedLengthLettersAndDigitsAndNotTheUsername() {
		assertThatNoException().isThrownBy(() -> PasswordPolicy.check("tiepnhan", "Mot-cua-2026"));
		assertThatNoException().isThrownBy(() -> PasswordPolicy.check("tiepnhan", "mật khẩu dài 2026"));
		assertThatNoException().isThrownBy(() -> PasswordPolicy.check("tiepnhan", "abcdefg1")); // 8, the least
		assertThatNoException().isThrownBy(() -> PasswordPolicy.check("tiepnhan", "a1".repeat(64))); // 128, the most
		for (String weak : new String[] { "Ab1", "abcdef1", "a1".repeat(64) + "b", "abcdefgh", "12345678",
				"tiepnhan2026" }) {
			assertThatThrownBy(() -> PasswordPolicy.check("tiepnhan", weak)).as(weak)
				.isInstanceOf(IdentityRuleViolated.class)
				.hasMessageContaining("password-too-weak");
		}
	}

}
