package vn.motcua.dossier.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The personal identification number's structure (Circular 59/2021/TT-BCA Art. 7). */
class PersonalIdNumberUnitTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	@Test
	void aNumberTypedWithSpacesOrDotsIsKeptAsItsTwelveDigits() {
		assertThat(PersonalIdNumber.check(" 019 300 001 234 ", TODAY)).isEqualTo("019300001234");
		assertThat(PersonalIdNumber.check("001.085.012.345", TODAY)).isEqualTo("001085012345");
	}

	@ParameterizedTest
	@ValueSource(strings = { "01930000123", "0193000012345", "01930000123A", "019-300-001-234", "" })
	void aNumberOfOtherThanTwelveDigitsIsRefused(String typed) {
		assertThatThrownBy(() -> PersonalIdNumber.check(typed, TODAY)).hasMessageStartingWith("id-number-invalid");
	}

	@ParameterizedTest
	@ValueSource(strings = { "000185012345", "003185012345", "097185012345", "999185012345" })
	void theFirstThreeDigitsMustBeAProvinceCodeOfTheAppendix(String typed) {
		assertThatThrownBy(() -> PersonalIdNumber.check(typed, TODAY)).hasMessageStartingWith("id-number-province");
	}

	@ParameterizedTest
	@ValueSource(strings = { "001", "019", "079", "096" })
	void everyProvinceCodeOfTheAppendixPasses(String province) {
		assertThat(PersonalIdNumber.check(province + "185012345", TODAY)).startsWith(province);
	}

	@ParameterizedTest
	@CsvSource({ "0, 85, 1985", "1, 00, 1900", "2, 26, 2026", "3, 05, 2005", "4, 00, 2100", "5, 01, 2101",
			"6, 10, 2210", "7, 99, 2299", "8, 00, 2300", "9, 50, 2350" })
	void theFourthDigitGivesTheCenturyOfBirthForBothSexes(int digit, String year, int birthYear) {
		assertThat(PersonalIdNumber.birthYear("019" + digit + year + "012345")).isEqualTo(birthYear);
	}

	@Test
	void aYearOfBirthAfterTodayIsRefused() {
		assertThat(PersonalIdNumber.check("019226012345", TODAY)).isEqualTo("019226012345");
		assertThatThrownBy(() -> PersonalIdNumber.check("019227012345", TODAY)).hasMessage("id-number-birth-year [2027]");
		assertThatThrownBy(() -> PersonalIdNumber.check("019400012345", TODAY)).hasMessage("id-number-birth-year [2100]");
	}

}
