package vn.motcua.monitoring.reports;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Circular 01/2018 Art. 15: an indicator without data is left out, never assumed to be 2. */
class EvaluationUnitTests {

	@Test
	void aUnitWithEveryIndicatorAtTwoScores18AndIsExcellent() {
		assertThat(Evaluation.total(2.0, 2.0, 2.0, 2.0, 2.0)).isEqualTo(18);
		assertThat(Grade.of(18)).isEqualTo(Grade.EXCELLENT);
	}

	@Test
	void indicatorsWithoutDataAreLeftOutAndTheRestRescaledToNine() {
		// (1) 1, (2) no step judged, (3) 2, (7) no rating, (9) 0, with (4)–(6) at 2: 9 points over 6 indicators
		assertThat(Evaluation.total(1.0, null, 2.0, null, 0.0)).isEqualTo(9.0 * 9 / 6);
		// assuming 2 for the missing ones would have given 13 (good) instead of 13.5 (good)
		assertThat(Evaluation.total(1.0, null, 2.0, null, 0.0)).isCloseTo(13.5, within(1e-9));
		assertThat(Evaluation.total(0.0, 0.0, 0.0, 0.0, 0.0)).as("the guaranteed (4)–(6) only").isEqualTo(6.0 * 9 / 8);
	}

	@Test
	void gradesFollowTheCircularsThresholds() {
		assertThat(Grade.of(15)).isEqualTo(Grade.EXCELLENT);
		assertThat(Grade.of(14.99)).isEqualTo(Grade.GOOD);
		assertThat(Grade.of(12)).isEqualTo(Grade.GOOD);
		assertThat(Grade.of(11.99)).isEqualTo(Grade.FAIR);
		assertThat(Grade.of(9)).isEqualTo(Grade.FAIR);
		assertThat(Grade.of(8.99)).isEqualTo(Grade.AVERAGE);
		assertThat(Grade.of(6)).isEqualTo(Grade.AVERAGE);
		assertThat(Grade.of(5.99)).isEqualTo(Grade.WEAK);
	}

}
