/** The public board of results per unit (Decree 61/2018): page and API, aggregates and dossier codes only. */
@org.jspecify.annotations.NullMarked
package vn.motcua.monitoring.board;
