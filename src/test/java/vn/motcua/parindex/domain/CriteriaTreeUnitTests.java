package vn.motcua.parindex.domain;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shape rules of a criteria set: each broken rule names its node and reason. */
class CriteriaTreeUnitTests {

	private static void refused(List<Criterion> criteria, String node, String reason) {
		assertThatThrownBy(() -> new CriteriaTree(criteria, ParFixtures.bands())).isInstanceOfSatisfying(
				CriteriaInvalid.class, ex -> {
					assertThat(ex.field()).isEqualTo(node);
					assertThat(ex.reason()).isEqualTo(reason);
					assertThat(ex.code()).isEqualTo("validation-failed");
					assertThat(ex.fieldMessageKey()).isEqualTo("par.invalid." + reason);
				});
	}

	private static List<Criterion> with(int index, Criterion replacement) {
		List<Criterion> criteria = new ArrayList<>(ParFixtures.criteria());
		criteria.set(index, replacement);
		return criteria;
	}

	@Test
	void theSampleSetIsWellFormedWithItsBandsHighestFirst() {
		CriteriaTree tree = ParFixtures.tree();
		assertThat(tree.leaves().map(Criterion::code)).containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "4");
		assertThat(tree.bands()).extracting(Band::name).containsExactly("Tốt", "Khá", "Trung bình", "Thấp");
		assertThat(tree.find("1.3")).contains(ParFixtures.COMPUTED);
		assertThat(tree.find("9")).isEmpty();
		assertThat(tree.roots()).hasSize(4);
	}

	@Test
	void childrenWhoseMaximaDoNotAddUpAreRefusedNamingTheParent() {
		refused(with(1, Criterion.node("2", "Tác động", 60, List.of(Criterion.leaf("2.1", "Khảo sát", 30, Method.SURVEY),
				Criterion.leaf("2.2", "Dịch vụ công", 29.5, Method.MANUAL)))), "2", "children-sum");
		assertThatThrownBy(() -> new CriteriaTree(with(1, Criterion.node("2", "Tác động", 60,
				List.of(Criterion.leaf("2.1", "Khảo sát", 60.25, Method.SURVEY)))), List.of()))
			.isInstanceOfSatisfying(CriteriaInvalid.class, ex -> assertThat(ex.fieldArgs()).containsExactly("60,25", "60"));
		// to the hundredth: 2.5 + 0.25 + 0.25 is 3
		new CriteriaTree(with(2, Criterion.node("3", "Điểm thưởng", 3, List.of(Criterion.leaf("3.1", "a", 2.5, Method.BONUS),
				Criterion.leaf("3.2", "b", 0.25, Method.BONUS), Criterion.leaf("3.3", "c", 0.25, Method.BONUS)))), List.of());
	}

	@Test
	void codesAreRequiredAndUnique() {
		refused(with(3, Criterion.leaf("1.1", "Điểm trừ", 5, Method.PENALTY)), "1.1", "code-repeated");
		refused(with(3, Criterion.leaf(" ", "Điểm trừ", 5, Method.PENALTY)), "Điểm trừ", "code-missing");
		refused(List.of(), "set", "no-criteria");
	}

	@Test
	void maximaArePositive() {
		refused(with(3, Criterion.leaf("4", "Điểm trừ", 0, Method.PENALTY)), "4", "max-not-positive");
		refused(with(3, Criterion.leaf("4", "Điểm trừ", Double.NaN, Method.PENALTY)), "4", "max-not-positive");
	}

	@Test
	void aLeafHasAMethodAndAParentNone() {
		refused(with(3, new Criterion("4", "Điểm trừ", 5, null, null, List.of(), List.of(), null, null, List.of())), "4",
				"method-missing");
		refused(with(2, new Criterion("3", "Điểm thưởng", 5, Method.BONUS, null, List.of(), List.of(), null, null,
				List.of(Criterion.leaf("3.1", "Sáng kiến", 5, Method.BONUS)))), "3", "method-on-parent");
	}

	@Test
	void eachMethodHasWhatItNeeds() {
		refused(with(3, new Criterion("4", "Tỷ lệ", 5, Method.COMPUTED, null, List.of(new Threshold(90, 5)), List.of(), null,
				null, List.of())), "4", "indicator-missing");
		refused(with(3, new Criterion("4", "Tỷ lệ", 5, Method.COMPUTED, Indicator.ONLINE_SHARE, List.of(), List.of(), null,
				null, List.of())), "4", "indicator-missing");
		refused(with(3, Criterion.leaf("4", "Chọn", 5, Method.CHOICE)), "4", "levels-missing");
		refused(with(3, new Criterion("4", "Tỷ lệ", 5, Method.COMPUTED, Indicator.ONLINE_SHARE,
				List.of(new Threshold(50, 6)), List.of(), null, null, List.of())), "4", "points-over-max");
		refused(with(3, new Criterion("4", "Chọn", 5, Method.CHOICE, null, List.of(), List.of(new Level("x", -1)), null,
				null, List.of())), "4", "points-over-max");
	}

	@Test
	void bonusOrPenaltyIsNeverMixedIntoAnAreaOfTheHundred() {
		refused(with(2, Criterion.node("3", "Điểm thưởng", 5, List.of(Criterion.leaf("3.1", "Sáng kiến", 3, Method.BONUS),
				Criterion.leaf("3.2", "Kỷ luật", 2, Method.PENALTY)))), "3", "mixed-outside");
		refused(with(1, Criterion.node("2", "Tác động", 60, List.of(Criterion.leaf("2.1", "Khảo sát", 30, Method.SURVEY),
				Criterion.leaf("2.2", "Thưởng", 30, Method.BONUS)))), "2", "mixed-outside");
	}

	@Test
	void bandNamesAreUnique() {
		assertThatThrownBy(() -> new CriteriaTree(ParFixtures.criteria(), List.of(new Band("Tốt", 80), new Band("tốt ", 70))))
			.isInstanceOfSatisfying(CriteriaInvalid.class, ex -> assertThat(ex.reason()).isEqualTo("band-repeated"));
		assertThatThrownBy(() -> new CriteriaTree(ParFixtures.criteria(), List.of(new Band(" ", 80))))
			.isInstanceOfSatisfying(CriteriaInvalid.class, ex -> assertThat(ex.reason()).isEqualTo("band-repeated"));
	}

	@Test
	void aBandIsTheHighestWhoseFloorTheIndexReaches() {
		CriteriaTree tree = ParFixtures.tree();
		assertThat(tree.bandOf(80)).map(Band::name).contains("Tốt");
		assertThat(tree.bandOf(79.99)).map(Band::name).contains("Khá");
		assertThat(tree.bandOf(0)).map(Band::name).contains("Thấp");
		assertThat(new CriteriaTree(ParFixtures.criteria(), List.of(new Band("A", 90))).bandOf(89.99)).isEmpty();
	}

}
