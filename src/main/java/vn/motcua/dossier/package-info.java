/**
 * One-stop dossiers (hồ sơ): intake with the dossier code, the lifecycle state machine owned by
 * the {@code Dossier} aggregate, internal steps with their due moments, clock stops, apology and
 * new appointment, and the full history. Publishes {@link vn.motcua.dossier.DossierReceived} and
 * {@link vn.motcua.dossier.DossierStatusChanged} (in the transaction of the action), and
 * {@link vn.motcua.dossier.DossiersImported} after a bulk write.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers (Hồ sơ)",
		allowedDependencies = { "shared", "organization", "calendar", "identity", "catalogue" })
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier;
