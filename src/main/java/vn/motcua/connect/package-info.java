/**
 * National connections (kết nối quốc gia), each an adapter off by default and configured by URL and
 * keys, with a stand-in server that speaks the same protocol for the tests and the demo.
 *
 * <h2>Inside</h2>
 * <ul>
 * <li>{@code national}: the National Public Service Portal (Cổng Dịch vụ công quốc gia): every
 * reception and status change of every dossier, written to an outbox in the dossier's transaction
 * and sent by a job, in order per dossier, with retries and an idempotency key.</li>
 * <li>{@code payment}: online payment of fees through the national payment platform: a fee request,
 * the platform's redirect, its signed callback applied once, the electronic receipt kept.</li>
 * </ul>
 *
 * <h2>Events consumed</h2>
 * {@code dossier.DossierReceived}, {@code dossier.DossierTurnedAway} and
 * {@code dossier.DossierStatusChanged}, just before the dossier's transaction commits.
 *
 * <h2>Calls</h2>
 * {@code dossier.DossierPayments} (the payment's arrival), {@code dossier.NationalFilings} (a filing
 * of the national portal into the desk's queue), {@code organization.OrganizationManagement}.
 *
 * <h2>Tables owned</h2>
 * {@code connect_national_outbox}, {@code connect_payment} (migrations in {@code db/migration/connect}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "National connections (Kết nối quốc gia)",
		allowedDependencies = { "shared", "calendar", "organization", "dossier", "identity" })
@org.jspecify.annotations.NullMarked
package vn.motcua.connect;
