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
import vn.motcua.portal.domain.ArticleHtml;
import vn.motcua.portal.domain.Slugs;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.FieldInvalid;

import static vn.motcua.shared.Texts.blankToNull;

/**
 * Changing a unit's pages, and removing any of what its portal says about itself, by the unit's
 * portal editors (or administrators), always in the editor's own unit ({@link Editors}); a page's
 * body is sanitised like an article's.
 */
@Service
@Transactional
public class SiteEditing {

	private final JdbcClient jdbc;

	private final SiteContent content;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	SiteEditing(JdbcClient jdbc, SiteContent content, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.content = content;
		this.clock = clock;
	}

	/**
	 * Writes a page: a new one when no page of the unit has that address.
	 * @param slug blank: from the title.
	 * @throws FieldInvalid {@code title}, {@code body}; DomainException {@code forbidden}.
	 */
	public Site.Page savePage(@Nullable String slug, @Nullable String title, @Nullable String body, int ordinal, Actor actor) {
		UUID unit = Editors.unitOf(actor);
		String name = Editors.required("title", title, 300);
		String html = ArticleHtml.sanitise(Editors.required("body", body, 200_000));
		String address = Slugs.of(blankToNull(slug) == null ? name : slug);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into portal_page (id, unit_id, slug, title, body, ordinal, updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (unit_id, slug) do update set title = excluded.title, body = excluded.body, ordinal = excluded.ordinal,
				  version = portal_page.version + 1, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.params(UUID.randomUUID(), unit, address, name, html, ordinal, actor.username(), Timestamp.from(now))
			.update();
		PortalChanged.publish(this.events);
		return this.content.page(unit, address).orElseThrow();
	}

	/**
	 * Removes a page, leader, link or announcement of the editor's unit.
	 * @param what {@code page}, {@code leader}, {@code link} or {@code announcement}.
	 * @throws DomainException {@code site-item-not-found}.
	 */
	public void remove(String what, UUID id, Actor actor) {
		String table = switch (what) {
			case "page", "leader", "link", "announcement" -> "portal_" + what;
			default -> throw new DomainException(Kind.NOT_FOUND, "site-item-not-found", id);
		};
		if (this.jdbc.sql("delete from " + table + " where id = ? and unit_id = ?").params(id, Editors.unitOf(actor)).update() == 0) {
			throw new DomainException(Kind.NOT_FOUND, "site-item-not-found", id);
		}
		PortalChanged.publish(this.events);
	}

}
