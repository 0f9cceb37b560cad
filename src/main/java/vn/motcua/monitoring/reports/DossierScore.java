package vn.motcua.monitoring.reports;

/** A dossier's scores on the indicators of Circular 01/2018 the data shows, and its total. */
record DossierScore(String code, String procedureName, int i1, int i2, int i3, int i7, int i9, int total) {
}
