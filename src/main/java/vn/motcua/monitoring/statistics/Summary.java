package vn.motcua.monitoring.statistics;

import java.util.List;

/** The II.06a figures of a selection and its lines by sub-unit, as a public board shows them. */
public record Summary(DossierCounts counts, List<Line> bySubUnit) {
}
