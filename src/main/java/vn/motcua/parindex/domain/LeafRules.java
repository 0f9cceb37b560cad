package vn.motcua.parindex.domain;

import java.util.HashSet;
import java.util.Set;

/** What each scoring method needs of its leaf, what an area may mix, and what a score given to a leaf must be. */
final class LeafRules {

	private LeafRules() {
	}

	/** @throws CriteriaInvalid when the leaf lacks what its method needs. */
	static void check(Criterion leaf) {
		Method method = leaf.method();
		if (method == null) {
			throw new CriteriaInvalid(leaf.code(), "method-missing");
		}
		if (method == Method.COMPUTED && (leaf.indicator() == null || leaf.thresholds().isEmpty())) {
			throw new CriteriaInvalid(leaf.code(), "indicator-missing");
		}
		if (method == Method.CHOICE && leaf.levels().isEmpty()) {
			throw new CriteriaInvalid(leaf.code(), "levels-missing");
		}
		boolean over = leaf.thresholds().stream().anyMatch(t -> t.points() < 0 || t.points() > leaf.maxPoints())
				|| leaf.levels().stream().anyMatch(l -> l.points() < 0 || l.points() > leaf.maxPoints());
		if (over) {
			throw new CriteriaInvalid(leaf.code(), "points-over-max", Points.format(leaf.maxPoints()));
		}
	}

	/**
	 * @param bySelf whether the assessed unit gives it (else the committee).
	 * @throws CriteriaInvalid {@code not-self-scored} (the unit scoring a leaf that is not its own to
	 * score), {@code score-out-of-range}, {@code score-not-a-level}.
	 */
	static void checkScore(Criterion leaf, double points, boolean bySelf) {
		if (bySelf && !leaf.method().selfScored()) {
			throw new CriteriaInvalid(leaf.code(), "not-self-scored");
		}
		if (!(points >= 0 && points <= leaf.maxPoints())) {
			throw new CriteriaInvalid(leaf.code(), "score-out-of-range", Points.format(leaf.maxPoints()));
		}
		if (leaf.method() == Method.CHOICE && !leaf.isLevel(points)) {
			throw new CriteriaInvalid(leaf.code(), "score-not-a-level");
		}
	}

	/** A top-level node is all of the 100, all bonus or all penalty. */
	static void checkArea(Criterion root) {
		Set<Method> kinds = new HashSet<>();
		root.flatten().filter(Criterion::isLeaf).forEach(l -> kinds.add(l.method().inMaximum() ? Method.MANUAL : l.method()));
		if (kinds.size() > 1) {
			throw new CriteriaInvalid(root.code(), "mixed-outside");
		}
	}

}
