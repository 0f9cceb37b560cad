package vn.motcua.portal.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.CatalogueManagement;
import vn.motcua.catalogue.ProcedureView;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.shared.TextFolding;

/**
 * The portal's search over its published articles, the authorities' pages and the procedures in
 * force: the words typed, with or without diacritics, found in the title or text; a title close
 * enough (a typo or two) still matches, ranked after the exact matches — as the procedure search does.
 */
@Service
@Transactional(readOnly = true)
public class SiteSearch {

	/** At most this many results of each kind. */
	static final int LIMIT = 20;

	private static final String MATCH = "(unaccent(lower(%1$s || ' ' || %2$s)) like :pattern or word_similarity(:q, unaccent(lower(%1$s))) >= 0.5)";

	private static final String RANK = " order by (unaccent(lower(%1$s || ' ' || %2$s)) like :pattern) desc, similarity(:q, unaccent(lower(%1$s))) desc";

	private final JdbcClient jdbc;

	private final CatalogueManagement catalogue;

	private final OrganizationManagement organization;

	private final Clock clock;

	SiteSearch(JdbcClient jdbc, CatalogueManagement catalogue, OrganizationManagement organization, Clock clock) {
		this.organization = organization;
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	/** @return what matches the words typed; nothing for fewer than two letters. */
	public Results find(String query) {
		String folded = TextFolding.fold(query).strip();
		if (folded.length() < 2) {
			return new Results(query, List.of(), List.of(), List.of());
		}
		String pattern = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		List<Hit> articles = this.jdbc.sql("select slug, title, summary from portal_article where status = 'PUBLISHED' and published_at <= :now and "
				+ MATCH.formatted("title", "summary") + RANK.formatted("title", "summary") + ", published_at desc limit " + LIMIT)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("q", folded)
			.param("pattern", pattern)
			.query((rs, n) -> new Hit("/tin-tuc/" + rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
		List<Hit> pages = this.jdbc.sql("select slug, title, unit_id from portal_page where "
				+ MATCH.formatted("title", "regexp_replace(body, '<[^>]*>', ' ', 'g')") + RANK.formatted("title", "title") + " limit " + LIMIT)
			.param("q", folded)
			.param("pattern", pattern)
			.query((rs, n) -> {
				String slug = rs.getString(1);
				return new Hit(this.organization.unit(rs.getObject(3, java.util.UUID.class))
					.map(u -> "/don-vi/" + u.code() + "/" + slug)
					.orElse("/gioi-thieu/" + slug), rs.getString(2), null);
			})
			.list();
		List<ProcedureView> procedures = this.catalogue.find(query, null, null, LocalDate.now(this.clock), LIMIT);
		return new Results(query, articles, pages, procedures);
	}

	/** A page found: where, its title, a line of its text. */
	public record Hit(String url, String title, @org.jspecify.annotations.Nullable String summary) {
	}

	/** What was found, by kind. */
	public record Results(String query, List<Hit> articles, List<Hit> pages, List<ProcedureView> procedures) {

		/** @return whether nothing was found. */
		public boolean empty() {
			return this.articles.isEmpty() && this.pages.isEmpty() && this.procedures.isEmpty();
		}

	}

}
