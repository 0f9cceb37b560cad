package vn.motcua.parindex.assessment;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.parindex.domain.Method;

/**
 * A unit's assessment as its page and the API show it: where it stands, the totals so far, and
 * each leaf with the unit's score and explanation, the committee's score and comment, and for a
 * computed leaf the figure behind its points.
 */
public record Assessment(String setName, int year, String unitCode, String unitName, String status,
		double selfScore, double appraisedScore, double bonus, double penalty, double maxPoints, double index,
		@Nullable String band, List<Leaf> leaves) {

	public record Leaf(String code, String title, Method method, double maxPoints, @Nullable String guidance,
			@Nullable String evidence, @Nullable Double self, @Nullable String selfNote, @Nullable Double appraised,
			@Nullable String comment, @Nullable Double points, @Nullable Computed computed) {
	}

	/** The figure of a computed leaf: its value in percent over the set's period, and the points it earns. */
	public record Computed(@Nullable Double value, LocalDate from, LocalDate to, @Nullable Double points) {
	}

}
