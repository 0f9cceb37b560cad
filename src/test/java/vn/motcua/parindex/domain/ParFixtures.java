package vn.motcua.parindex.domain;

import java.util.List;

/**
 * A small set shaped like the published ones: area 1 (40) with a manual, a choice and a computed
 * leaf; area 2 (60) with a survey and a manual leaf; bonus 3 (5) and penalty 4 (5) outside the 100;
 * bands Tốt ≥ 80, Khá ≥ 70, Trung bình ≥ 60, Thấp ≥ 0.
 */
final class ParFixtures {

	private ParFixtures() {
	}

	static final Criterion CHOICE = new Criterion("1.2", "Ban hành kế hoạch đúng hạn", 10, Method.CHOICE, null,
			List.of(), List.of(new Level("Không ban hành", 0), new Level("Ban hành muộn", 5), new Level("Đúng hạn", 10)),
			"Kế hoạch CCHC năm", "Quyết định ban hành", List.of());

	static final Criterion COMPUTED = new Criterion("1.3", "Tỷ lệ hồ sơ đúng hạn", 20, Method.COMPUTED,
			Indicator.ON_TIME_RATE, List.of(new Threshold(90, 20), new Threshold(80, 15), new Threshold(60, 10)), List.of(),
			null, null, List.of());

	static List<Criterion> criteria() {
		return List.of(
				Criterion.node("1", "Công tác chỉ đạo, điều hành", 40,
						List.of(Criterion.leaf("1.1", "Báo cáo CCHC đúng hạn", 10, Method.MANUAL), CHOICE, COMPUTED)),
				Criterion.node("2", "Tác động của cải cách", 60, List.of(Criterion.leaf("2.1", "Khảo sát mức độ hài lòng", 30,
						Method.SURVEY), Criterion.leaf("2.2", "Cung cấp dịch vụ công trực tuyến", 30, Method.MANUAL))),
				Criterion.node("3", "Điểm thưởng", 5, List.of(Criterion.leaf("3.1", "Sáng kiến CCHC", 5, Method.BONUS))),
				Criterion.leaf("4", "Điểm trừ", 5, Method.PENALTY));
	}

	static List<Band> bands() {
		return List.of(new Band("Thấp", 0), new Band("Tốt", 80), new Band("Trung bình", 60), new Band("Khá", 70));
	}

	static CriteriaTree tree() {
		return new CriteriaTree(criteria(), bands());
	}

}
