package vn.motcua.portal.news;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.portal.domain.ArticleCategory;
import vn.motcua.portal.domain.ArticleStatus;
import vn.motcua.portal.domain.Slugs;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.SqlTimes;

/** The articles' rows, their versions and their workflow's history. */
@Repository
class ArticleStore {

	private final JdbcClient jdbc;

	ArticleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the title's slug, numbered when another article has it. */
	String freeSlug(String title) {
		String base = Slugs.of(title);
		for (int n = 1;; n++) {
			String slug = Slugs.numbered(base, n);
			if (this.jdbc.sql("select count(*) from portal_article where slug = ?").param(slug).query(Long.class).single() == 0) {
				return slug;
			}
		}
	}

	void insert(Article a, String actor, Instant at) {
		this.jdbc.sql("""
				insert into portal_article (id, unit_id, category, slug, title, summary, body, cover_url, cover_alt, cover_caption,
				  cover_credit, author, status, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.unitId(), a.category().name(), a.slug(), a.title(), a.summary(), a.body(), cover(a)[0], cover(a)[1],
					cover(a)[2], cover(a)[3], a.author(), a.status().name(), actor, Timestamp.from(at), Timestamp.from(at))
			.update();
		version(a, actor, at);
	}

	/** Saves a new text as the next version; another change in between is a conflict. */
	void update(Article before, Article after, String actor, Instant at) {
		int updated = this.jdbc.sql("""
				update portal_article set category = ?, title = ?, summary = ?, body = ?, cover_url = ?, cover_alt = ?,
				  cover_caption = ?, cover_credit = ?, author = ?, version = version + 1, updated_at = ? where id = ? and version = ?""")
			.params(after.category().name(), after.title(), after.summary(), after.body(), cover(after)[0], cover(after)[1],
					cover(after)[2], cover(after)[3], after.author(), Timestamp.from(at), before.id(), before.version())
			.update();
		if (updated == 0) {
			throw new DomainException(Kind.CONFLICT, "stale-version");
		}
		version(after, actor, at);
	}

	/** @return the cover's columns: url, alt, caption, credit; all {@literal null} without a cover. */
	private static @Nullable Object[] cover(Article a) {
		Article.Cover c = a.cover();
		return c == null ? new Object[4] : new Object[] { c.url(), c.alt(), c.caption(), c.credit() };
	}

	private void version(Article a, String actor, Instant at) {
		this.jdbc.sql("""
				insert into portal_article_version (article_id, version, title, summary, body, saved_by, saved_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(a.id(), a.version(), a.title(), a.summary(), a.body(), actor, Timestamp.from(at))
			.update();
	}

	void move(Article before, ArticleStatus status, @Nullable Instant publishedAt, String action, @Nullable String note,
			String actor, Instant at) {
		int updated = this.jdbc.sql("""
				update portal_article set status = ?, published_at = ?, updated_at = ? where id = ? and status = ?""")
			.params(status.name(), publishedAt == null ? null : Timestamp.from(publishedAt), Timestamp.from(at), before.id(),
					before.status().name())
			.update();
		if (updated == 0) {
			throw new DomainException(Kind.CONFLICT, "stale-version");
		}
		this.jdbc.sql("insert into portal_article_event (article_id, action, note, at_time, actor, at) values (?, ?, ?, ?, ?, ?)")
			.params(before.id(), action, note, publishedAt == null ? null : Timestamp.from(publishedAt), actor, Timestamp.from(at))
			.update();
	}

	/** @return the articles of the units in scope, the latest changed first. */
	java.util.List<Article> inScope(vn.motcua.organization.UnitScope scope) {
		return this.jdbc.sql("select * from portal_article where " + scope.sqlCondition("unit_id") + " order by updated_at desc limit 200")
			.params(scope.systemWide() ? java.util.Map.of() : java.util.Map.of("scope", scope.sqlUnits()))
			.query(ArticleStore::row)
			.list();
	}

	Optional<Article> find(UUID id) {
		return this.jdbc.sql("select * from portal_article where id = ?").param(id).query(ArticleStore::row).optional();
	}

	static Article row(ResultSet rs, int n) throws SQLException {
		return new Article(rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class),
				ArticleCategory.valueOf(rs.getString("category")), rs.getString("slug"), rs.getString("title"),
				rs.getString("summary"), rs.getString("body"), rs.getString("cover_url") == null ? null
						: new Article.Cover(rs.getString("cover_url"), rs.getString("cover_alt"), rs.getString("cover_caption"),
								rs.getString("cover_credit")),
				rs.getString("author"), ArticleStatus.valueOf(rs.getString("status")),
				SqlTimes.instant(rs, "published_at"), rs.getLong("views"), rs.getInt("version"));
	}

}
