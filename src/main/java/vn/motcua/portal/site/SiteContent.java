package vn.motcua.portal.site;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading what a unit's portal says about itself, as readers and the back office see it. */
@Service
@Transactional(readOnly = true)
public class SiteContent {

	private final JdbcClient jdbc;

	SiteContent(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the unit's pages in their order. */
	public List<Site.Page> pages(UUID unit) {
		return this.jdbc.sql("select * from portal_page where unit_id = ? order by ordinal, title")
			.param(unit)
			.query((rs, n) -> page(rs))
			.list();
	}

	public Optional<Site.Page> page(UUID unit, String slug) {
		return this.jdbc.sql("select * from portal_page where unit_id = ? and slug = ?")
			.params(unit, slug)
			.query((rs, n) -> page(rs))
			.optional();
	}

	/** @return the unit's leaders in their order, with the photo's alternative text. */
	public List<Site.Leader> leaders(UUID unit) {
		return this.jdbc.sql("""
				select l.*, m.alt_text from portal_leader l left join portal_media m on m.id = l.photo_id
				where l.unit_id = ? order by l.ordinal, l.name""")
			.param(unit)
			.query((rs, n) -> new Site.Leader(rs.getObject("id", UUID.class), unit, rs.getString("name"), rs.getString("position"),
					rs.getString("duties"), rs.getObject("photo_id", UUID.class), rs.getString("alt_text"), rs.getInt("ordinal")))
			.list();
	}

	/** @return the unit's web links and banners in their order. */
	public List<Site.Link> links(UUID unit) {
		return this.jdbc.sql("""
				select l.*, m.alt_text from portal_link l left join portal_media m on m.id = l.image_id
				where l.unit_id = ? order by l.kind, l.ordinal, l.title""")
			.param(unit)
			.query((rs, n) -> new Site.Link(rs.getObject("id", UUID.class), unit, rs.getString("kind"), rs.getString("title"),
					rs.getString("url"), rs.getObject("image_id", UUID.class), rs.getString("alt_text"), rs.getInt("ordinal")))
			.list();
	}

	/** @return the unit's announcements not yet ended at {@code now}, the soonest to start first. */
	public List<Site.Announcement> announcements(UUID unit, Instant now) {
		return this.jdbc.sql("select * from portal_announcement where unit_id = ? and ends_at > ? order by starts_at")
			.params(unit, Timestamp.from(now))
			.query((rs, n) -> new Site.Announcement(rs.getObject("id", UUID.class), unit, rs.getString("text"), rs.getString("url"),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant()))
			.list();
	}

	private static Site.Page page(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Site.Page(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getString("slug"),
				rs.getString("title"), rs.getString("body"), rs.getInt("ordinal"), rs.getInt("version"), rs.getString("updated_by"),
				rs.getTimestamp("updated_at").toInstant());
	}

}
