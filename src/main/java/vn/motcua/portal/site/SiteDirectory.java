package vn.motcua.portal.site;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.shared.Actor;
import vn.motcua.shared.FieldInvalid;

import static vn.motcua.shared.Texts.blankToNull;

/**
 * A unit's leaders (with a photo of the media library) and its web links and banners, written by
 * the unit's portal editors ({@link Editors}).
 */
@Service
@Transactional
public class SiteDirectory {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SiteDirectory(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @throws FieldInvalid {@code name}, {@code position}; DomainException {@code forbidden}. */
	public UUID addLeader(@Nullable String name, @Nullable String position, @Nullable String duties, @Nullable UUID photo,
			int ordinal, Actor actor) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into portal_leader (id, unit_id, name, position, duties, photo_id, ordinal, updated_by, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, Editors.unitOf(actor), Editors.required("name", name, 200), Editors.required("position", position, 300), blankToNull(duties),
					picture(photo), ordinal, actor.username(), Timestamp.from(this.clock.instant()))
			.update();
		PortalChanged.publish(this.events);
		return id;
	}

	/**
	 * @param image a library picture: the link is then a banner.
	 * @throws FieldInvalid {@code title}, {@code url}; DomainException {@code forbidden}.
	 */
	public UUID addLink(@Nullable String title, @Nullable String url, @Nullable UUID image, int ordinal, Actor actor) {
		String address = Editors.link("url", url, true);
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into portal_link (id, unit_id, kind, title, url, image_id, ordinal, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, Editors.unitOf(actor), image == null ? "LINK" : "BANNER", Editors.required("title", title, 200), address, picture(image),
					ordinal, actor.username(), Timestamp.from(this.clock.instant()))
			.update();
		PortalChanged.publish(this.events);
		return id;
	}

	private @Nullable UUID picture(@Nullable UUID media) {
		if (media != null && this.jdbc.sql("select count(*) from portal_media where id = ? and kind = 'IMAGE'").param(media)
			.query(Long.class).single() == 0) {
			throw new FieldInvalid("image", "validation.article-cover-media");
		}
		return media;
	}

}
