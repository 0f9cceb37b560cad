/**
 * The audit log (nhật ký hệ thống): every change to dossiers, officials and their roles, units and
 * agencies, the catalogue, the calendar, the portal's settings, PAR sets, assessments and scores,
 * plans and tasks, and every login, logout and failed login: who, when, from where, what.
 *
 * <h2>How</h2> Database triggers on the audited tables write an entry in the changing transaction
 * (so nothing committed escapes it and nothing rolled back stays), with the changed columns only and
 * without secrets or citizens' particulars ({@code audit_row()}, migration {@code audit}); each
 * connection the application takes carries who and from where ({@code recording}). Entries are
 * append-only: triggers refuse UPDATE, DELETE and TRUNCATE, and on the embedded database the
 * tables belong to the superuser, the application may only insert and read. The sealer chains the
 * entries by SHA-256 ({@code chain}, {@code domain.Seal}); a check walks the chain and names the
 * first broken link.
 *
 * <h2>API</h2> None for other modules: it reads their tables' changes through the triggers only.
 * Page «Nhật ký hệ thống» ({@code /quan-tri/nhat-ky}) and {@code /api/v1/audit}, for the province's
 * administrators.
 *
 * <h2>Events</h2> Consumes Spring Security's authentication events; publishes none.
 *
 * <h2>Tables</h2> {@code audit_entry}, {@code audit_seal}; triggers {@code *_audit} on the audited
 * tables of other modules (a table added later needs its trigger in a later migration).
 *
 * <h2>Sub-packages</h2> {@code domain} (entry, seal, chain check), {@code recording} (who is on a
 * connection, logins), {@code chain} (sealing and checking), {@code web} (page, API).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit (Nhật ký hệ thống)",
		allowedDependencies = { "shared", "organization" })
@org.jspecify.annotations.NullMarked
package vn.motcua.audit;
