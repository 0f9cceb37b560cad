package vn.motcua.monitoring.reminders;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A reminder to make: its key says what it is about (kind, official, dossier step or day or week),
 * so that it is made once.
 */
record Reminder(ReminderKind kind, String key, String recipient, @Nullable UUID unitId, @Nullable String dossierCode,
		String subject, String body) {
}
