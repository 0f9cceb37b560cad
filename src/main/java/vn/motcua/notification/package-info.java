/**
 * Notifications by e-mail and SMS: to citizens about their dossiers and accounts, and to officials
 * about their reminders. It listens to the events of other modules (never called synchronously),
 * renders the templates of the message bundles, and keeps a delivery log that sends each event at
 * most once per channel and retries failures.
 *
 * <h2>API</h2>
 * None: no other module calls notification, and its root package holds no type.
 *
 * <h2>Events published</h2>
 * None.
 *
 * <h2>Events consumed</h2>
 * <ul>
 * <li>{@code dossier.DossierReceived} and the {@code dossier.DossierStatusChanged} the applicant
 * hears of (a supplement or fees requested, a result, an apology, a refusal, the result
 * returned): the applicant is told by e-mail and SMS. A condition on the listener keeps the other
 * actions out of the event publication registry.</li>
 * <li>{@code identity.CitizenCodeIssued}: the one-time code to the citizen's phone or address.</li>
 * <li>{@code monitoring.OfficialReminded}: the reminder e-mailed to the official.</li>
 * </ul>
 * All through {@code delivery.DeliveryListener}: after the publisher's commit, asynchronously, outside
 * any transaction (no connection held while a gateway answers), redelivered after a restart; the
 * delivery log makes a redelivery send nothing.
 *
 * <h2>Tables owned</h2>
 * {@code notification_delivery}: the delivery log, one row per event and channel
 * ({@code Delivery}: pending → sending → sent, or failed and retried).
 *
 * <h2>Read contracts consumed</h2>
 * {@code dossier.DossierLookup} (an applicant's contacts, the dossiers whose appointment comes) and
 * {@code calendar.CalendarManagement} (working time before an appointment). A scheduled job
 * announces appointments three working hours ahead; another retries failed deliveries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification (Thông báo)",
		allowedDependencies = { "shared", "calendar", "dossier", "identity", "monitoring" })
@org.jspecify.annotations.NullMarked
package vn.motcua.notification;
