package vn.motcua.dossier.lists;

import java.util.List;

/** A page of dossier summaries; {@code page} counts from 0. */
record DossierPage(List<DossierSummary> items, int page, int size, long total) {

	/** @return how many pages the whole list has, at least 1. */
	public int pageCount() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

}
