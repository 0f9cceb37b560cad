/**
 * The statistics of dossiers: choosing the question (unit, sub-units, period, scope), summing the
 * rollups and the dossiers open at a moment, the breakdowns, the drill-down to the dossiers behind
 * a number, the dashboard and the statistics API.
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.monitoring.statistics;
