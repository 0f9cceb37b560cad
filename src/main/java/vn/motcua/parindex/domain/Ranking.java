package vn.motcua.parindex.domain;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Ranks by index, highest first; an equal index shares the rank and the next is skipped (1, 1, 3). */
public final class Ranking {

	private Ranking() {
	}

	/** @return the rank of each item, in the order given. */
	public static <T> List<Integer> of(List<T> items, ToDoubleFunction<T> index) {
		return items.stream()
			.map(item -> 1 + (int) items.stream().filter(o -> index.applyAsDouble(o) > index.applyAsDouble(item)).count())
			.toList();
	}

}
