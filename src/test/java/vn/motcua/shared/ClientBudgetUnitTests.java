package vn.motcua.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientBudgetUnitTests {

	private static final Instant T = Instant.parse("2026-12-03T02:00:00Z");

	@Test
	void aClientSpendsItsBudgetAndGetsItBackOverTheWindowOthersAreNotTouched() {
		var budget = new ClientBudget(3, Duration.ofMinutes(30), Clock.fixed(T, ZoneOffset.UTC));
		for (int i = 0; i < 3; i++) {
			assertThat(budget.exhausted("10.0.0.1")).isFalse();
			budget.spend("10.0.0.1");
		}
		assertThat(budget.exhausted("10.0.0.1")).isTrue();
		assertThat(budget.exhausted("10.0.0.2")).isFalse();
		assertThat(budget.minutesToWait()).isEqualTo(11);

		var later = new ClientBudget(3, Duration.ofMinutes(30), Clock.fixed(T, ZoneOffset.UTC));
		later.spend("a");
		assertThat(later.exhausted("a")).isFalse();
	}

	@Test
	void theWindowGivesUsesBack() {
		var clock = new MovableClock(T);
		var budget = new ClientBudget(2, Duration.ofMinutes(10), clock);
		budget.spend("x");
		budget.spend("x");
		assertThat(budget.exhausted("x")).isTrue();
		clock.now = T.plus(Duration.ofMinutes(5));
		assertThat(budget.exhausted("x")).isFalse();
		budget.spend("x");
		assertThat(budget.exhausted("x")).isTrue();
		clock.now = T.plus(Duration.ofMinutes(30));
		assertThat(budget.exhausted("x")).isFalse();
	}

	@Test
	void aBudgetNeedsAUseAndAWindow() {
		Clock clock = Clock.fixed(T, ZoneOffset.UTC);
		assertThatThrownBy(() -> new ClientBudget(0, Duration.ofMinutes(1), clock))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ClientBudget(1, Duration.ZERO, clock)).isInstanceOf(IllegalArgumentException.class);
	}

	private static final class MovableClock extends Clock {

		private Instant now;

		MovableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
