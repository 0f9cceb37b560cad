package vn.motcua.monitoring.reminders;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.shared.SqlTimes;
import vn.motcua.shared.Vietnam;

/**
 * The official's notification centre: their reminders, newest first, and how many are unread.
 * The bean is named {@code reminders}: the back-office layout shows {@code @reminders.unread(…)}.
 */
@Component("reminders")
class NoticeCentre {

	private final JdbcClient jdbc;

	private final ReminderRepository repository;

	NoticeCentre(JdbcClient jdbc, ReminderRepository repository) {
		this.jdbc = jdbc;
		this.repository = repository;
	}

	/** @return the official's latest reminders, newest first. */
	public List<Notice> of(String username, int limit) {
		return this.jdbc.sql("""
				select id, kind, dossier_code, subject, body, created_at, read_at is not null as read
				  from monitoring_reminder where recipient = :who order by created_at desc, id limit :limit""")
			.param("who", username)
			.param("limit", limit)
			.query((rs, n) -> new Notice(rs.getObject("id", UUID.class), rs.getString("kind"),
					rs.getString("dossier_code"), rs.getString("subject"), rs.getString("body"),
					SqlTimes.at(rs, "created_at", Vietnam.ZONE), rs.getBoolean("read")))
			.list();
	}

	/** @return how many of the official's reminders are unread. */
	public long unread(String username) {
		return this.jdbc.sql("select count(*) from monitoring_reminder where recipient = :who and read_at is null")
			.param("who", username)
			.query(Long.class)
			.single();
	}

	/** Marks one of the official's reminders read, or all of them when {@code id} is {@literal null}. */
	public void markRead(String username, @Nullable UUID id) {
		this.repository.markRead(username, id);
	}

}
