package vn.motcua.catalogue.imports;

/** A problem of an import file: row 0 for the file itself, 1 for the header. */
record RowError(int row, String column, String message) {
}
