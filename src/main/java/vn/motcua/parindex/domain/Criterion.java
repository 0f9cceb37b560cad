package vn.motcua.parindex.domain;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * A node of a criteria set — an area, a criterion, a sub-criterion — with its maximum points, the
 * scoring guidance and the evidence required. A leaf has a {@link Method}; a computed leaf an
 * {@link Indicator} and thresholds; a choice leaf its levels. The children's maxima add up to the
 * node's ({@link CriteriaTree}).
 */
public record Criterion(String code, String title, double maxPoints, @Nullable Method method,
		@Nullable Indicator indicator, List<Threshold> thresholds, List<Level> levels, @Nullable String guidance,
		@Nullable String evidence, List<Criterion> children) {

	public Criterion {
		thresholds = List.copyOf(thresholds);
		levels = List.copyOf(levels);
		children = List.copyOf(children);
	}

	/** A leaf without indicator, thresholds, levels, guidance or evidence. */
	public static Criterion leaf(String code, String title, double maxPoints, Method method) {
		return new Criterion(code, title, maxPoints, method, null, List.of(), List.of(), null, null, List.of());
	}

	/** A node of the tree above its leaves. */
	public static Criterion node(String code, String title, double maxPoints, List<Criterion> children) {
		return new Criterion(code, title, maxPoints, null, null, List.of(), List.of(), null, null, children);
	}

	public boolean isLeaf() {
		return this.children.isEmpty();
	}

	/** @return this node and every node below it, parents before their children. */
	public Stream<Criterion> flatten() {
		return Stream.concat(Stream.of(this), this.children.stream().flatMap(Criterion::flatten));
	}

	/** @return the points of the highest threshold a computed figure reaches, 0 below them all. */
	public double pointsFor(double figure) {
		double points = 0;
		for (Threshold t : this.thresholds) {
			if (figure >= t.atLeast() && t.points() > points) {
				points = t.points();
			}
		}
		return points;
	}

	/** @return whether {@code points} is one of the leaf's levels. */
	public boolean isLevel(double points) {
		return this.levels.stream().anyMatch(l -> Double.compare(l.points(), points) == 0);
	}

}
