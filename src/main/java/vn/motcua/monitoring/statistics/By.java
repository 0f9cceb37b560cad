package vn.motcua.monitoring.statistics;

import org.jspecify.annotations.Nullable;

/** How figures are grouped: the SQL key on the rollups and on the dossier facts. */
enum By {

	TOTAL("''", "''"), UNIT("unit_id::text", "unit_id::text"), PROCEDURE("procedure_code", "procedure_code"),
	UNIT_AND_PROCEDURE("unit_id::text || ' ' || procedure_code", "unit_id::text || ' ' || procedure_code"),
	MONTH("to_char(day, 'YYYY-MM')", null);

	final String rollupKey;

	/** The key on the dossier facts, {@literal null} when open dossiers are not split this way. */
	final @Nullable String factKey;

	By(String rollupKey, @Nullable String factKey) {
		this.rollupKey = rollupKey;
		this.factKey = factKey;
	}

}
