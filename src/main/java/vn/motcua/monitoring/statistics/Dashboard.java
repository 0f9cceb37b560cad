package vn.motcua.monitoring.statistics;

import java.util.List;

/** Everything the dashboard shows, from two questions to the rollups (by unit and procedure, by month). */
public record Dashboard(DossierCounts counts, List<Line> subUnits, List<Line> fields, List<Line> procedures,
		List<Line> months) {
}
