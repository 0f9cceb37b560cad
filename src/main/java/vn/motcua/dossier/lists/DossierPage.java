package vn.motcua.dossier.lists;

import java.util.List;

/** A page of dossier summaries. */
record DossierPage(List<DossierSummary> items, int page, int size, long total) {
}
