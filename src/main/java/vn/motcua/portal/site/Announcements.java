package vn.motcua.portal.site;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.Actor;
import vn.motcua.shared.FieldInvalid;

/**
 * The announcement banner: a line above every page of the portal between two moments (a system
 * stop, a holiday schedule), written by the unit's portal editors ({@link Editors}).
 */
@Service
@Transactional
public class Announcements {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Announcements(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @throws FieldInvalid {@code text}, {@code endsAt} (not after the start); DomainException {@code forbidden}. */
	public UUID announce(@Nullable String text, @Nullable String url, @Nullable Instant startsAt, @Nullable Instant endsAt,
			Actor actor) {
		Instant starts = startsAt == null ? this.clock.instant() : startsAt;
		if (endsAt == null || !endsAt.isAfter(starts)) {
			throw new FieldInvalid("endsAt", "validation.announcement-end");
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into portal_announcement (id, unit_id, text, url, starts_at, ends_at, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, Editors.unitOf(actor), Editors.required("text", text, 500), Editors.link("url", url, false), Timestamp.from(starts), Timestamp.from(endsAt),
					actor.username(), Timestamp.from(this.clock.instant()))
			.update();
		PortalChanged.publish(this.events);
		return id;
	}

}
