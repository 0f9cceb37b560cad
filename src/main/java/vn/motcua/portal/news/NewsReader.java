package vn.motcua.portal.news;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.portal.domain.ArticleCategory;

/** The published articles as readers see them: public once published and their time has come. */
@Service
@Transactional(readOnly = true)
public class NewsReader {

	/** Articles per page of a list. */
	public static final int PAGE = 10;

	private static final String PUBLIC = "status = 'PUBLISHED' and published_at <= :now";

	private final JdbcClient jdbc;

	private final Clock clock;

	NewsReader(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @return a page of the published articles, of a category or all, the latest first. */
	public List<Article> page(@Nullable ArticleCategory category, int page, int size) {
		return this.jdbc.sql("select * from portal_article where " + PUBLIC + (category == null ? "" : " and category = :category")
				+ " order by published_at desc, title limit :size offset :offset")
			.param("now", now())
			.param("category", category == null ? "" : category.name())
			.param("size", size)
			.param("offset", Math.max(0, page) * size)
			.query(ArticleStore::row)
			.list();
	}

	/** @return the latest {@code size} published articles of a unit. */
	public List<Article> latestOf(java.util.UUID unit, int size) {
		return this.jdbc.sql("select * from portal_article where " + PUBLIC + " and unit_id = :unit order by published_at desc limit :size")
			.param("now", now())
			.param("unit", unit)
			.param("size", size)
			.query(ArticleStore::row)
			.list();
	}

	/** @return the published article with that address. */
	Optional<Article> find(String slug) {
		return this.jdbc.sql("select * from portal_article where slug = :slug and " + PUBLIC)
			.param("slug", slug)
			.param("now", now())
			.query(ArticleStore::row)
			.optional();
	}

	Clock clock() {
		return this.clock;
	}

	/** @return up to four other published articles of the same category, the latest first. */
	public List<Article> related(Article article) {
		return this.jdbc.sql("select * from portal_article where " + PUBLIC
				+ " and category = :category and id <> :id order by published_at desc limit 4")
			.param("now", now())
			.param("category", article.category().name())
			.param("id", article.id())
			.query(ArticleStore::row)
			.list();
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
