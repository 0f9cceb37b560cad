package vn.motcua.monitoring.reports;

import org.jspecify.annotations.Nullable;

/** A dossier's scores on the indicators of Circular 01/2018 the data shows, and its total. */
record DossierScore(String code, String procedureName, int i1, @Nullable Integer i2, int i3, @Nullable Integer i7, int i9,
		double total) {
}
