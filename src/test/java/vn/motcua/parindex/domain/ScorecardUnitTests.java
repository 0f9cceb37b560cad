package vn.motcua.parindex.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scores, the parts present, bonus and penalty, the index and its band (RULES.md §7). */
class ScorecardUnitTests {

	private final CriteriaTree tree = ParFixtures.tree();

	private static Map<Indicator, @Nullable Double> onTime(@Nullable Double rate) {
		Map<Indicator, @Nullable Double> figures = new HashMap<>();
		figures.put(Indicator.ON_TIME_RATE, rate);
		return figures;
	}

	@Test
	void aWorkedExampleWithEveryMethod() {
		// self: 1.1 8, 1.2 5, 2.2 25, bonus 3; computed 1.3: 85 % → 15; survey 2.1: 24 (committee);
		// appraised: 2.2 lowered to 20, penalty 2
		var card = new Scorecard(this.tree, Map.of("1.1", 8.0, "1.2", 5.0, "2.2", 25.0, "3.1", 3.0),
				Map.of("2.1", 24.0, "2.2", 20.0, "4", 2.0), onTime(85.0));

		assertThat(card.selfPoints()).isEqualTo(8 + 5 + 15 + 24 + 25);
		assertThat(card.points()).isEqualTo(8 + 5 + 15 + 24 + 20);
		assertThat(card.maxPoints()).isEqualTo(100);
		assertThat(card.bonus()).isEqualTo(3);
		assertThat(card.penalty()).isEqualTo(2);
		assertThat(card.index()).isEqualTo(73);
		assertThat(card.band()).map(Band::name).contains("Khá");
		assertThat(card.leaves()).filteredOn(r -> r.leaf().code().equals("1.3")).singleElement()
			.satisfies(r -> assertThat(List.of(r.figure(), r.self(), r.points())).containsExactly(85.0, 15.0, 15.0));
		assertThat(card.areas()).extracting(a -> a.area().code(), Scorecard.AreaResult::points, Scorecard.AreaResult::maxPoints)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("1", 28.0, 40.0), org.assertj.core.groups.Tuple.tuple("2", 44.0, 60.0));
	}

	@Test
	void withoutTheSurveyTheIndexIsOverThePartsPresent() {
		var card = new Scorecard(this.tree, Map.of("1.1", 10.0, "1.2", 10.0, "2.2", 30.0), Map.of(), onTime(95.0));

		assertThat(card.maxPoints()).isEqualTo(70);
		assertThat(card.points()).isEqualTo(70);
		assertThat(card.index()).isEqualTo(100);
		assertThat(card.areas().get(1).maxPoints()).isEqualTo(30);
	}

	@Test
	void aComputedLeafWithoutDataIsAbsentAndOneBelowEveryThresholdScoresNothing() {
		var noData = new Scorecard(this.tree, Map.of("1.1", 10.0, "1.2", 10.0, "2.2", 30.0), Map.of("2.1", 30.0),
				onTime(null));
		assertThat(noData.maxPoints()).isEqualTo(80);
		assertThat(noData.index()).isEqualTo(100);

		var low = new Scorecard(this.tree, Map.of(), Map.of(), onTime(59.99));
		assertThat(low.leaves().get(2).points()).isZero();
		assertThat(low.maxPoints()).as("present with 0 points").isEqualTo(70);
		assertThat(low.index()).isZero();
		assertThat(low.band()).map(Band::name).contains("Thấp");
	}

	@Test
	void theCommitteesScoreReplacesTheSelfScoreAndUnscoredManualLeavesCountZero() {
		var card = new Scorecard(this.tree, Map.of("1.1", 10.0), Map.of("1.1", 6.0, "1.3", 20.0), onTime(50.0));
		assertThat(card.selfPoints()).isEqualTo(10);
		assertThat(card.points()).isEqualTo(26);
		assertThat(card.maxPoints()).isEqualTo(70);
		assertThat(card.index()).isEqualTo(37.14);
	}

	@Test
	void theIndexIsRoundedHalfUpToTheHundredthAndBonusCanTakeItOver100() {
		var third = new Scorecard(this.tree, Map.of("1.1", 1.0), Map.of("2.1", 0.0), onTime(null));
		assertThat(third.maxPoints()).isEqualTo(80);
		assertThat(third.index()).isEqualTo(1.25);
		var over = new Scorecard(this.tree, Map.of("1.1", 10.0, "1.2", 10.0, "2.2", 30.0, "3.1", 5.0), Map.of("2.1", 30.0),
				onTime(90.0));
		assertThat(over.index()).isEqualTo(105);
		assertThat(Points.round(2.675)).isEqualTo(2.68);
		assertThat(Points.format(60.25)).isEqualTo("60,25");
		assertThat(Points.format(60)).isEqualTo("60");
	}

	@Test
	void aSetWithNothingPresentHasIndexZero() {
		var onlyComputed = new CriteriaTree(List.of(ParFixtures.COMPUTED), List.of());
		assertThat(new Scorecard(onlyComputed, Map.of(), Map.of(), onTime(null)).index()).isZero();
	}

	@Test
	void thresholdsGiveTheHighestPointsReached() {
		assertThat(ParFixtures.COMPUTED.pointsFor(90)).isEqualTo(20);
		assertThat(ParFixtures.COMPUTED.pointsFor(89.9)).isEqualTo(15);
		assertThat(ParFixtures.COMPUTED.pointsFor(60)).isEqualTo(10);
		assertThat(ParFixtures.COMPUTED.pointsFor(0)).isZero();
	}

	@Test
	void aScoreMustBeTheUnitsToGiveWithinTheMaximumAndALevelOfAChoice() {
		LeafRules.checkScore(ParFixtures.CHOICE, 5, true);
		LeafRules.checkScore(ParFixtures.COMPUTED, 12.5, false);
		assertThatThrownBy(() -> LeafRules.checkScore(ParFixtures.COMPUTED, 10, true))
			.hasFieldOrPropertyWithValue("reason", "not-self-scored");
		assertThatThrownBy(() -> LeafRules.checkScore(ParFixtures.CHOICE, 7, false))
			.hasFieldOrPropertyWithValue("reason", "score-not-a-level");
		assertThatThrownBy(() -> LeafRules.checkScore(ParFixtures.CHOICE, 10.5, true))
			.hasFieldOrPropertyWithValue("reason", "score-out-of-range");
		assertThatThrownBy(() -> LeafRules.checkScore(ParFixtures.CHOICE, -0.5, true))
			.hasFieldOrPropertyWithValue("reason", "score-out-of-range");
		assertThatThrownBy(() -> LeafRules.checkScore(ParFixtures.CHOICE, Double.NaN, true))
			.hasFieldOrPropertyWithValue("reason", "score-out-of-range");
		LeafRules.checkScore(ParFixtures.CHOICE, 10, true);
		LeafRules.checkScore(ParFixtures.CHOICE, 0, true);
	}

	@Test
	void theTreeFindsTheLeafScoredAndRefusesAnythingElse() {
		assertThat(this.tree.checkScore("1.2", 5, true)).isSameAs(ParFixtures.CHOICE);
		assertThatThrownBy(() -> this.tree.checkScore("1", 5, false)).as("an area is not scored")
			.hasFieldOrPropertyWithValue("reason", "criterion-not-found");
		assertThatThrownBy(() -> this.tree.checkScore("9.9", 1, false))
			.hasFieldOrPropertyWithValue("reason", "criterion-not-found");
		assertThatThrownBy(() -> this.tree.checkScore("2.1", 1, true)).as("the survey is the committee's")
			.hasFieldOrPropertyWithValue("reason", "not-self-scored");
	}

	@Test
	void aThresholdOrLevelOfNoPointsIsAllowed() {
		var zero = new Criterion("4", "Tỷ lệ", 5, Method.COMPUTED, Indicator.ONLINE_SHARE,
				List.of(new Threshold(50, 5), new Threshold(0, 0)), List.of(), null, null, List.of());
		var tree = new CriteriaTree(List.of(zero), List.of());
		assertThat(tree.leaves()).containsExactly(zero);
	}

	@Test
	void whoScoresWhat() {
		assertThat(List.of(Method.values())).filteredOn(Method::selfScored)
			.containsExactly(Method.MANUAL, Method.CHOICE, Method.BONUS);
		assertThat(List.of(Method.values())).filteredOn(Method::inMaximum)
			.containsExactly(Method.MANUAL, Method.CHOICE, Method.COMPUTED, Method.SURVEY);
	}

	@Test
	void equalIndicesShareARankAndTheNextIsSkipped() {
		assertThat(Ranking.of(List.of(80.5, 92.0, 80.5, 70.0), Double::doubleValue)).containsExactly(2, 1, 2, 4);
		assertThat(Ranking.of(List.<Double>of(), Double::doubleValue)).isEmpty();
	}

	@Test
	void dossierFiguresAreTheStatisticsOthersArePlannings() {
		assertThat(Indicator.values()).filteredOn(Indicator::dossiers)
			.containsExactly(Indicator.ON_TIME_RATE, Indicator.ONLINE_SHARE);
	}

}
