/**
 * Monitoring and reminders (theo dõi, đôn đốc): statistics of the dossiers for leaders (rollups
 * per unit, procedure and day, dashboards with drill-down, the statistics API), the regulated
 * reports (II.06a, the Circular 01/2018 evaluation, the Decision 766 service index), reminders to
 * officials before and after deadlines with their notification centre, and the public board of
 * results.
 *
 * <h2>API</h2>
 * <ul>
 * <li>{@link vn.motcua.monitoring.OverdueItems}: an SPI other modules implement to have their own
 * overdue items (feedback, later plans' tasks) in the heads' daily reminder.</li>
 * <li>No facade: nothing in another module calls monitoring. Its pages and HTTP API are under
 * {@code /quan-tri/thong-ke}, {@code /quan-tri/thong-bao}, {@code /cong-khai-ket-qua},
 * {@code /api/v1/stats}, {@code /api/v1/reminders} and {@code /api/v1/public/board}.</li>
 * </ul>
 *
 * <h2>Events published</h2>
 * <ul>
 * <li>{@link vn.motcua.monitoring.OfficialReminded}: a reminder is due by e-mail to an official
 * (notification sends it through its delivery log, once per reminder).</li>
 * </ul>
 *
 * <h2>Events consumed</h2>
 * <ul>
 * <li>{@code dossier.DossierReceived}, {@code dossier.DossierStatusChanged}: the rollups listen
 * <em>synchronously</em>, inside the dossier action's transaction, with a plain
 * {@code @EventListener}, not an {@code @ApplicationModuleListener}. So the rollups are exactly
 * consistent with the dossiers (they commit or roll back together), and each action costs one
 * upsert per rollup table (receipt, result, refusal, withdrawal; nothing for the other actions)
 * and no event-publication row. Measured on the transition benchmark when issue 4 closed: with a
 * publication row written, serialised and completed at every transition, the service made 962 /
 * 1,107 / 1,431 transitions/s at 1 / 8 / 32 threads instead of 1,487 / 3,485 / 2,560 — the
 * publication cost about three times the transition's own database work. The step reminders
 * listen the same way (one insert at most, when a step arrives due within a working day). Both are
 * on the measured path of every dossier action: add no statement to them.</li>
 * <li>{@code dossier.DossiersImported}: the rollups are rebuilt from the dossiers.</li>
 * </ul>
 *
 * <h2>Tables owned</h2>
 * {@code monitoring_daily} and {@code monitoring_monthly} (the rollups), {@code monitoring_reminder}
 * (the reminder log and notification centre).
 *
 * <h2>Read contracts consumed</h2>
 * The dossier facts {@code dossier.DossierFact} ({@code DOSSIERS}, {@code STEPS},
 * {@code CLOCK_STOPS}): monitoring's SQL reads dossiers only through these views, named by the
 * contract, never the dossier tables; and the queries of {@code OrganizationManagement},
 * {@code CatalogueManagement}, {@code CalendarManagement}, {@code IdentityManagement} and
 * {@code DossierDocuments} (the log book).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring (Theo dõi, đôn đốc)",
		allowedDependencies = { "shared", "organization", "calendar", "identity", "catalogue", "dossier",
				"dossier :: forms" })
@org.jspecify.annotations.NullMarked
package vn.motcua.monitoring;
