package vn.motcua.identity.domain;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import vn.motcua.identity.domain.LockoutPolicy.Claim;
import vn.motcua.identity.domain.LockoutPolicy.LoginState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PolicyUnitTests {

	private static final Instant NOW = Instant.parse("2026-11-28T02:00:00Z");

	private final LockoutPolicy lockout = new LockoutPolicy(5, Duration.ofMinutes(15));

	@Test
	void theFifthWrongPasswordLocksForFifteenMinutes() {
		LoginState state = LoginState.NONE;
		for (int i = 1; i <= 5; i++) {
			Claim claim = this.lockout.claim(state, NOW);
			assertThat(claim.allowed()).isTrue();
			assertThat(claim.state().failedAttempts()).isEqualTo(i);
			state = this.lockout.afterFailure(claim.state(), NOW);
			assertThat(state.lockedAt(NOW)).isEqualTo(i == 5);
		}

		assertThat(state.lockedAt(NOW.plus(Duration.ofMinutes(14)))).isTrue();
		assertThat(state.lockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
		assertThat(state.failedAttempts()).isZero();
		assertThat(this.lockout.claim(state, NOW.plus(Duration.ofMinutes(14)))).isEqualTo(new Claim(state, false));
		assertThat(this.lockout.claim(state, NOW.plus(Duration.ofMinutes(15))))
			.isEqualTo(new Claim(new LoginState(1, null), true));
	}

	@Test
	void parallelGuessesBeyondTheAllowedAreNotCheckedAndLockTheAccount() {
		LoginState state = LoginState.NONE;
		for (int i = 0; i < 5; i++) {
			state = this.lockout.claim(state, NOW).state(); // five passwords being checked at once
		}
		Claim sixth = this.lockout.claim(state, NOW);

		assertThat(sixth.allowed()).isFalse();
		assertThat(sixth.state().lockedAt(NOW)).isTrue();
		assertThat(sixth.state().lockedAt(NOW.plus(Duration.ofMinutes(15)))).isFalse();
		assertThat(sixth.state().failedAttempts()).isZero();
	}

	@Test
	void aFailureBeforeTheLastAllowedKeepsTheCount() {
		LoginState claimed = new LoginState(4, null);
		assertThat(this.lockout.afterFailure(claimed, NOW)).isSameAs(claimed);
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
