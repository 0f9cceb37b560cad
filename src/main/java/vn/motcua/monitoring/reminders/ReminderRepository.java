package vn.motcua.monitoring.reminders;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reminder log ({@code monitoring_reminder}), the one writer of its rows. A reminder is made
 * once per key, handed over for e-mail once ({@code emailed_at}), read once ({@code read_at}): each
 * of these moments is set only while it is empty.
 */
@Repository
class ReminderRepository {

	/** A reminder not yet handed over for e-mail. */
	record Unsent(UUID id, String recipient, String subject, String body) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ReminderRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @return 1 when the reminder was new, 0 when its key was already there. */
	int add(Reminder r) {
		return this.jdbc.sql("""
				insert into monitoring_reminder (id, reminder_key, kind, recipient, unit_id, dossier_code, subject, body,
				  created_at)
				values (:id, :key, :kind, :recipient, :unit, :dossier, :subject, :body, :now)
				on conflict (reminder_key) do nothing""")
			.param("id", UUID.randomUUID())
			.param("key", r.key())
			.param("kind", r.kind().name())
			.param("recipient", r.recipient())
			.param("unit", r.unitId())
			.param("dossier", r.dossierCode())
			.param("subject", r.subject())
			.param("body", r.body())
			.param("now", now())
			.update();
	}

	/**
	 * Forgets the reminders made more than {@code kept} ago and already handed over for e-mail
	 * (setting {@code motcua.reminders.keep}, local practice): the log does not grow for ever.
	 * @return how many were forgotten.
	 */
	int forgetMadeBefore(Duration kept) {
		return this.jdbc.sql("delete from monitoring_reminder where created_at < :before and emailed_at is not null")
			.param("before", Timestamp.from(this.clock.instant().minus(kept)))
			.update();
	}

	/** @return the oldest reminders not yet handed over for e-mail, at most {@code limit}. */
	List<Unsent> unsent(int limit) {
		return this.jdbc.sql("""
				select id, recipient, subject, body from monitoring_reminder
				 where emailed_at is null order by created_at limit :limit""")
			.param("limit", limit)
			.query(Unsent.class)
			.list();
	}

	/** @return whether this call handed the reminder over (not another one at the same moment). */
	boolean markEmailed(UUID id) {
		return this.jdbc.sql("update monitoring_reminder set emailed_at = :now where id = :id and emailed_at is null")
			.param("now", now())
			.param("id", id)
			.update() == 1;
	}

	/** Marks one of the official's reminders read, or all of them when {@code id} is {@literal null}. */
	void markRead(String username, @Nullable UUID id) {
		this.jdbc.sql("update monitoring_reminder set read_at = :now where recipient = :who and read_at is null"
				+ (id == null ? "" : " and id = :id"))
			.param("now", now())
			.param("who", username)
			.param("id", id)
			.update();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
