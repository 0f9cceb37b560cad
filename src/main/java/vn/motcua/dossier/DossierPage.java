package vn.motcua.dossier;

import java.util.List;

/** A page of dossier summaries. */
public record DossierPage(List<DossierSummary> items, int page, int size, long total) {
}
