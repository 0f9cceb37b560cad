package vn.motcua.portal.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegisterNumberUnitTests {

	@Test
	void numbersHaveTheYearAndFiveDigits() {
		assertThat(RegisterNumber.of(2026, 1)).isEqualTo("PAKN-2026-00001");
		assertThat(RegisterNumber.of(2027, 12_345)).isEqualTo("PAKN-2027-12345");
		assertThat(RegisterNumber.of(2026, 123_456)).isEqualTo("PAKN-2026-123456");
	}

}
