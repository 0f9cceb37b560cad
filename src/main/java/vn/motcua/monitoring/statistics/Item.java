package vn.motcua.monitoring.statistics;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** A dossier behind a number. */
public record Item(String code, String procedureName, String applicantName, OffsetDateTime receivedAt,
		@Nullable OffsetDateTime dueAt, @Nullable OffsetDateTime endedAt, String status, @Nullable String timeliness,
		@Nullable String apologyNote) {
}
