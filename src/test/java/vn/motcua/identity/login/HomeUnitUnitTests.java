package vn.motcua.identity.login;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit ends after its last day in force, not on it. */
class HomeUnitUnitTests {

	private static final HomeUnit DISTRICT = new HomeUnit("Huyện Phú Lương", LocalDate.of(2025, 6, 30));

	@Test
	void aUnitIsInForceOnItsLastDayAndEndedTheDayAfter() {
		assertThat(DISTRICT.endedBefore(LocalDate.of(2025, 6, 30))).isFalse();
		assertThat(DISTRICT.endedBefore(LocalDate.of(2025, 7, 1))).isTrue();
	}

	@Test
	void aUnitWithoutALastDayNeverEnds() {
		assertThat(new HomeUnit("Xã Phú Lương", null).endedBefore(LocalDate.of(2099, 1, 1))).isFalse();
	}

}
