package vn.motcua.parindex.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.jspecify.annotations.Nullable;

/**
 * A unit's scores on a criteria set (RULES.md §7): each leaf's self points — the unit's own score,
 * the computed figure's points, the survey's points — and final points — the committee's
 * appraisal, else the self points. A survey or computed leaf without points is absent: its maximum
 * is left out, so a year without the survey is scored over the parts present, rescaled to 100 %.
 * Bonus and penalty sit outside the maximum. Index = (points + bonus − penalty) / maximum present ×
 * 100, to the hundredth.
 */
public final class Scorecard {

	private final CriteriaTree tree;

	private final List<LeafResult> leaves = new ArrayList<>();

	/**
	 * @param self the unit's own scores by leaf code.
	 * @param appraised the committee's scores by leaf code (survey points among them).
	 * @param figures the computed figures in percent, {@literal null} where there is no data.
	 */
	public Scorecard(CriteriaTree tree, Map<String, Double> self, Map<String, Double> appraised,
			Map<Indicator, @Nullable Double> figures) {
		this.tree = tree;
		tree.leaves().forEach(leaf -> {
			Double figure = leaf.indicator() == null ? null : figures.get(leaf.indicator());
			Double selfPoints = switch (leaf.method()) {
				case COMPUTED -> figure == null ? null : leaf.pointsFor(figure);
				case SURVEY -> appraised.get(leaf.code());
				default -> self.get(leaf.code());
			};
			Double finalPoints = appraised.getOrDefault(leaf.code(), selfPoints);
			this.leaves.add(new LeafResult(leaf, figure, selfPoints, finalPoints));
		});
	}

	public List<LeafResult> leaves() {
		return List.copyOf(this.leaves);
	}

	/** @return the maximum of the leaves of the 100 that are present. */
	public double maxPoints() {
		return Points.round(ofTheHundred(r -> r.present() ? r.leaf().maxPoints() : 0.0));
	}

	/** @return the unit's self-assessed points of the 100. */
	public double selfPoints() {
		return Points.round(ofTheHundred(r -> orZero(r.self())));
	}

	/** @return the final (appraised) points of the 100. */
	public double points() {
		return Points.round(ofTheHundred(r -> orZero(r.points())));
	}

	public double bonus() {
		return Points.round(outside(Method.BONUS));
	}

	public double penalty() {
		return Points.round(outside(Method.PENALTY));
	}

	/** @return (points + bonus − penalty) / maximum present × 100, to the hundredth; 0 with no maximum. */
	public double index() {
		double max = maxPoints();
		return max == 0 ? 0 : Points.round((points() + bonus() - penalty()) / max * 100);
	}

	public Optional<Band> band() {
		return this.tree.bandOf(index());
	}

	/** @return the points and maximum present of each top-level area of the 100, in the tree's order. */
	public List<AreaResult> areas() {
		List<AreaResult> areas = new ArrayList<>();
		for (Criterion root : this.tree.roots()) {
			List<LeafResult> under = this.leaves.stream().filter(r -> root.flatten().anyMatch(c -> c == r.leaf())).toList();
			if (under.stream().allMatch(r -> r.leaf().method().inMaximum())) {
				areas.add(new AreaResult(root, Points.round(under.stream().mapToDouble(r -> orZero(r.points())).sum()),
						Points.round(under.stream().filter(LeafResult::present).mapToDouble(r -> r.leaf().maxPoints()).sum())));
			}
		}
		return areas;
	}

	/** An area's final points over its maximum present. */
	public record AreaResult(Criterion area, double points, double maxPoints) {
	}

	private double ofTheHundred(ToDoubleFunction<LeafResult> value) {
		return this.leaves.stream().filter(r -> r.leaf().method().inMaximum()).mapToDouble(value).sum();
	}

	private double outside(Method method) {
		return this.leaves.stream().filter(r -> r.leaf().method() == method).mapToDouble(r -> orZero(r.points())).sum();
	}

	private static double orZero(@Nullable Double value) {
		return value == null ? 0 : value;
	}

}
