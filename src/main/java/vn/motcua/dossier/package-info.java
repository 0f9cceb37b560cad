/**
 * One-stop dossiers (hồ sơ): intake with the dossier code, the lifecycle state machine owned by
 * the {@code Dossier} aggregate, internal steps with their due moments, clock stops, apology and
 * new appointment, the full history, the legal forms and files, online submissions and the public
 * lookup.
 *
 * <h2>API</h2>
 * <ul>
 * <li>{@link vn.motcua.dossier.DossierLookup}: a dossier by its code and a second factor, as the
 * public sees it; whom to tell about a dossier, and which appointments come up.</li>
 * <li>{@link vn.motcua.dossier.CitizenDossiers}: the rating of a returned dossier, by its code and a
 * second factor.</li>
 * <li>{@link vn.motcua.dossier.DossierDocuments}: the log book (form 06) of a unit.</li>
 * <li>{@link vn.motcua.dossier.DossierPayments}: a dossier as online payment needs it, and the
 * payment's arrival; {@link vn.motcua.dossier.NationalFilings}: dossiers filed on the national
 * portal, into the desk's queue.</li>
 * <li>{@code dossier :: forms}: {@link vn.motcua.dossier.forms.Tabular}, the registers and reports
 * officials submit upward, as PDF and Excel.</li>
 * <li>Their vocabulary: {@link vn.motcua.dossier.DossierStatus}, {@link vn.motcua.dossier.DossierAction},
 * {@link vn.motcua.dossier.PublicDossierView}.</li>
 * </ul>
 *
 * <h2>Events published</h2>
 * <ul>
 * <li>{@link vn.motcua.dossier.DossierReceived}: a dossier was received, in the intake's transaction.</li>
 * <li>{@link vn.motcua.dossier.DossierStatusChanged}: an official acted on a dossier, in the action's
 * transaction.</li>
 * <li>{@link vn.motcua.dossier.DossierTurnedAway}: a dossier was not received at the desk (incomplete
 * or refused), in the intake's transaction.</li>
 * <li>{@link vn.motcua.dossier.DossiersImported}: dossiers were written in bulk without the two above
 * (the demo generator).</li>
 * </ul>
 * The {@code Dossier} aggregate records the first three in its transitions; the use cases publish
 * what it recorded.
 *
 * <h2>Events consumed</h2>
 * None.
 *
 * <h2>Tables owned</h2>
 * {@code dossier}, {@code dossier_step}, {@code dossier_clock_stop}, {@code dossier_event},
 * {@code dossier_code_sequence}, {@code dossier_attachment}, {@code dossier_submission},
 * {@code dossier_submission_file}, {@code dossier_rating}, {@code dossier_handed_document},
 * {@code dossier_component_mark}, {@code citizen_document} (migrations in {@code db/migration/dossier}).
 *
 * <h2>Read contracts</h2>
 * Published: the views {@code dossier_fact}, {@code dossier_step_fact} and
 * {@code dossier_clock_stop_fact}, whose names and columns {@link vn.motcua.dossier.DossierFact}
 * owns; other modules read dossiers for statistics through them only. Consumed: catalogue's
 * procedures and internal processes, organization's agencies, units and scopes, calendar's working
 * time and deadlines, identity's citizen accounts.
 *
 * <h2>Inside</h2>
 * {@code domain} (the {@code Dossier} and {@code Submission} aggregates, their policies),
 * {@code intake}, {@code processing}, {@code lists}, {@code documents}, {@code files},
 * {@code lookup}, {@code online}, {@code results} (signed results), {@code store} (the citizen's data
 * store), {@code demo}, and {@code forms} (the legal forms' layout).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers (Hồ sơ)",
		allowedDependencies = { "shared", "organization", "calendar", "identity", "catalogue" })
@org.jspecify.annotations.NullMarked
package vn.motcua.dossier;
