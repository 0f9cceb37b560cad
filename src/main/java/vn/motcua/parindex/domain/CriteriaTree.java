package vn.motcua.parindex.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The criteria of a set (RULES.md §7), checked whole: unique codes, positive maxima, the children's
 * maxima adding up to their parent's, a method on each leaf and only there, what each method needs,
 * and bonus or penalty leaves never mixed into an area of the 100. Bands are kept highest first.
 */
public final class CriteriaTree {

	/** Points are compared to the hundredth: maxima like 2.5 + 0.25 + 0.25 must add up exactly. */
	private static final double EPSILON = 0.005;

	private final List<Criterion> roots;

	private final List<Band> bands;

	private final Map<String, Criterion> byCode = new LinkedHashMap<>();

	/** @throws CriteriaInvalid naming the first node that breaks a rule. */
	public CriteriaTree(List<Criterion> roots, List<Band> bands) {
		if (roots.isEmpty()) {
			throw new CriteriaInvalid("set", "no-criteria");
		}
		this.roots = List.copyOf(roots);
		this.bands = bands.stream().sorted(Comparator.comparingDouble(Band::minPercent).reversed()).toList();
		Set<String> names = new HashSet<>();
		for (Band band : this.bands) {
			if (!names.add(band.name().strip().toLowerCase()) || band.name().isBlank()) {
				throw new CriteriaInvalid("set", "band-repeated", band.name());
			}
		}
		roots.stream().flatMap(Criterion::flatten).forEach(this::check);
		roots.forEach(LeafRules::checkArea);
	}

	private void check(Criterion c) {
		if (c.code().isBlank()) {
			throw new CriteriaInvalid(c.title(), "code-missing");
		}
		if (this.byCode.putIfAbsent(c.code(), c) != null) {
			throw new CriteriaInvalid(c.code(), "code-repeated");
		}
		if (c.title().isBlank()) {
			throw new CriteriaInvalid(c.code(), "title-missing");
		}
		if (!(c.maxPoints() > 0)) {
			throw new CriteriaInvalid(c.code(), "max-not-positive");
		}
		if (c.isLeaf()) {
			LeafRules.check(c);
			return;
		}
		if (c.method() != null) {
			throw new CriteriaInvalid(c.code(), "method-on-parent");
		}
		double sum = c.children().stream().mapToDouble(Criterion::maxPoints).sum();
		if (Math.abs(sum - c.maxPoints()) > EPSILON) {
			throw new CriteriaInvalid(c.code(), "children-sum", Points.format(sum), Points.format(c.maxPoints()));
		}
	}

	public List<Criterion> roots() {
		return this.roots;
	}
	/** @return the bands, highest first. */
	public List<Band> bands() {
		return this.bands;
	}

	/** @return every leaf, in the order of the tree. */
	public Stream<Criterion> leaves() {
		return this.roots.stream().flatMap(Criterion::flatten).filter(Criterion::isLeaf);
	}

	public Optional<Criterion> find(String code) {
		return Optional.ofNullable(this.byCode.get(code));
	}

	/**
	 * @param bySelf whether the assessed unit gives it (else the committee).
	 * @return the leaf scored.
	 * @throws CriteriaInvalid {@code criterion-not-found} (no such leaf), {@code not-self-scored},
	 * {@code score-out-of-range}, {@code score-not-a-level}.
	 */
	public Criterion checkScore(String code, double points, boolean bySelf) {
		Criterion leaf = find(code).filter(Criterion::isLeaf)
			.orElseThrow(() -> new CriteriaInvalid(code, "criterion-not-found"));
		LeafRules.checkScore(leaf, points, bySelf);
		return leaf;
	}

	/** @return the band an index in percent falls in; empty below the lowest. */
	public Optional<Band> bandOf(double index) {
		return this.bands.stream().filter(b -> index >= b.minPercent()).findFirst();
	}

}
