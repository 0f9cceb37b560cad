package vn.motcua.parindex.results;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A unit's line of the results: its self score, the appraised score, bonus and penalty, the maximum
 * of the parts present, the index in percent, its band and rank, and the change from the same
 * issuer's set of the year before.
 */
public record UnitResult(String unitCode, String unitName, double selfScore, double appraisedScore, double bonus,
		double penalty, double maxPoints, double index, @Nullable String band, int rank, @Nullable Double change) {

	/** @return the ranking chart's data: the units' names and indices, in the order given. */
	static Map<String, List<?>> chart(List<UnitResult> lines) {
		return Map.of("labels", lines.stream().map(UnitResult::unitName).toList(), "indices",
				lines.stream().map(UnitResult::index).toList());
	}

}
