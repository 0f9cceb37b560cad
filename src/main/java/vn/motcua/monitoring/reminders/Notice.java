package vn.motcua.monitoring.reminders;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A reminder as its recipient sees it. */
record Notice(UUID id, String kind, @Nullable String dossierCode, String subject, String body,
		OffsetDateTime createdAt, boolean read) {
}
