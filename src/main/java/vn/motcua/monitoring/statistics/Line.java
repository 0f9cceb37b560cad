package vn.motcua.monitoring.statistics;

import java.util.Comparator;

import org.jspecify.annotations.Nullable;

/** A line of a breakdown: a sub-unit, a procedure, a field or a month, with its figures. */
public record Line(String key, String label, @Nullable String detail, DossierCounts counts) {

	/** Highest on-time rate first, then most resolved; units without results last. */
	static final Comparator<Line> RANKING = Comparator
		.comparing((Line l) -> l.counts().onTimeRate(), Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(l -> -l.counts().resolved().total())
		.thenComparing(Line::label);

}
