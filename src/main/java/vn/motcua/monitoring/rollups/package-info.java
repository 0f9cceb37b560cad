/**
 * The statistics rollups per unit, procedure and day (and month): fed synchronously by the dossier
 * events inside each action's transaction, and rebuilt from the dossier facts on request.
 */
@org.jspecify.annotations.NullMarked
package vn.motcua.monitoring.rollups;
