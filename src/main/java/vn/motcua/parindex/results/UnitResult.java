package vn.motcua.parindex.results;

import org.jspecify.annotations.Nullable;

/**
 * A unit's line of the results: its self score, the appraised score, bonus and penalty, the maximum
 * of the parts present, the index in percent, its band and rank, and the change from the same
 * issuer's set of the year before.
 */
public record UnitResult(String unitCode, String unitName, double selfScore, double appraisedScore, double bonus,
		double penalty, double maxPoints, double index, @Nullable String band, int rank, @Nullable Double change) {
}
