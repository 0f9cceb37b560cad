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

	@Test
	void anOfficialIsScoredOnFiveCriteriaOutOfTenToOneDecimalWithMissingOnesLeftOut() {
		assertThat(OfficialScore.sum(2.0, 2.0, 2.0, 2.0)).isEqualTo(10);
		// (1) 1, (2) 1.5, (3) 2, (4) 2, (7) no rating: 6.5 over four criteria, rescaled to five = 8.125
		assertThat(OfficialScore.sum(1.0, 1.5, 2.0, null)).isEqualTo(8.1);
		assertThat(OfficialScore.sum(0.0, 0.0, 1.0, 0.0)).isEqualTo(3.0);
		assertThat(OfficialScore.sum(null, null, null, null)).as("only (4)").isEqualTo(10);
		assertThat(OfficialScore.sum(0.25, 0.33, 0.5, 0.5)).isEqualTo(3.6);
	}

	@Test
	void anOfficialsScoreStandsAgainstFiveAndThreeAndAHalf() {
		assertThat(official(5.0).band()).isEqualTo(OfficialScore.Band.ABOVE);
		assertThat(official(4.9).band()).isEqualTo(OfficialScore.Band.BETWEEN);
		assertThat(official(3.5).band()).isEqualTo(OfficialScore.Band.BETWEEN);
		assertThat(official(3.4).band()).isEqualTo(OfficialScore.Band.BELOW);
		assertThat(official(3.4).named("Lê Văn Minh")).extracting(OfficialScore::fullName, OfficialScore::total)
			.containsExactly("Lê Văn Minh", 3.4);
	}

	private static OfficialScore official(double total) {
		return new OfficialScore("cb", "cb", 1, 1, 0, null, null, null, null, total);
	}

}
