package vn.motcua.monitoring.board;

import java.util.List;

import vn.motcua.monitoring.statistics.DossierCounts;
import vn.motcua.monitoring.statistics.Line;

/** The board of a unit for a month and its year to date. */
record Board(String unitCode, String unitName, String month, DossierCounts monthCounts, DossierCounts yearCounts,
		List<Line> monthByUnit, List<Line> yearByUnit, List<LateDossier> late) {
}
