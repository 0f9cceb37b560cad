package vn.motcua.dossier.lookup;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The second factor of the public lookup: the phone's last four digits or the receipt's secret. */
class SecondFactorUnitTests {

	@Test
	void theLastFourDigitsOfThePhoneAsTypedAtIntakeMatch() {
		assertThat(SecondFactor.matches("0912 345 678", "ABCD2345", "5678", null)).isTrue();
		assertThat(SecondFactor.matches("0912 345 678", "ABCD2345", " 5678 ", null)).isTrue();
		assertThat(SecondFactor.matches("0912 345 678", "ABCD2345", "4567", null)).isFalse();
		assertThat(SecondFactor.matches("0912 345 678", "ABCD2345", "678", null)).isFalse();
		assertThat(SecondFactor.matches("0912 345 678", "ABCD2345", "45678", null)).isFalse();
		assertThat(SecondFactor.matches("1 23", "ABCD2345", "123", null)).as("a phone of fewer than four digits").isFalse();
		assertThat(SecondFactor.matches(null, "ABCD2345", "5678", null)).isFalse();
	}

	@Test
	void theReceiptsSecretMatchesWhateverTheCaseAndSpacesAround() {
		assertThat(SecondFactor.matches(null, "ABCD2345", null, "abcd2345 ")).isTrue();
		assertThat(SecondFactor.matches(null, "ABCD2345", null, "ABCD2346")).isFalse();
		assertThat(SecondFactor.matches("0912 345 678", "ABCD2345", "0000", "ABCD2345")).as("either factor").isTrue();
		assertThat(SecondFactor.matches("0912 345 678", "ABCD2345", "5678", "WRONG")).isTrue();
	}

	@Test
	void withoutAFactorNothingMatches() {
		assertThat(SecondFactor.matches("0912 345 678", "ABCD2345", null, null)).isFalse();
	}

}
