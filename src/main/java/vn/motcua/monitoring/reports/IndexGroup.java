package vn.motcua.monitoring.reports;

import java.util.List;

/**
 * One of the five groups of the Decision 766 index with its points (the five make 100) and the
 * indicators MotCua computes in it or names as missing.
 */
record IndexGroup(String key, int maxPoints, List<IndexComponent> indicators) {

	IndexGroup {
		indicators = List.copyOf(indicators);
		if (indicators.stream().mapToInt(IndexComponent::maxPoints).sum() != maxPoints) {
			throw new IllegalArgumentException("the indicators of " + key + " do not make " + maxPoints + " points");
		}
	}

}
