package vn.motcua.catalogue.imports;

import java.util.List;

/** What an import did, or why it did nothing. */
record Report(int imported, List<RowError> errors) {

	/** @return whether the file was imported. */
	public boolean succeeded() {
		return this.errors.isEmpty();
	}

}
