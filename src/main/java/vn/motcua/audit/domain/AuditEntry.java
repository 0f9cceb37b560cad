package vn.motcua.audit.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit log: who ({@code actor}: an official's or citizen's login, or
 * {@code system}), from where (the client's address), when, what ({@code action}: {@code update
 * dossier}, {@code login}, …), on which record ({@code subject}), and the changed values.
 */
public record AuditEntry(long id, Instant at, String actor, @Nullable String address, String action,
		@Nullable String subject, @Nullable String details) {
}
