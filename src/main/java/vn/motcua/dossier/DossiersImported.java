package vn.motcua.dossier;

/**
 * Dossiers were written in bulk without their one-by-one events (the demo generator, a migration
 * from another system): readers that keep figures from the events recompute them.
 *
 * @param count how many were written.
 */
public record DossiersImported(int count) {
}
