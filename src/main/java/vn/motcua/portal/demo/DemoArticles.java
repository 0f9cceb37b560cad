package vn.motcua.portal.demo;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.portal.domain.ArticleHtml;
import vn.motcua.portal.domain.Slugs;
import vn.motcua.portal.media.Media;
import vn.motcua.shared.Csv;
import vn.motcua.shared.Vietnam;

/**
 * Demo profile: the portal's news of both eras ({@code seed/portal-demo-articles.csv}) — the district's
 * articles, among them the 2017 PAR results meeting the project began from, kept as its archive; the
 * province's and the communes' since 2025, with the illustrative pictures of {@link DemoMedia}; one article
 * awaiting the editor's approval and one draft.
 */
@Component
@Profile("demo")
@Order(32)
class DemoArticles implements ApplicationRunner {

	private final JdbcClient jdbc;

	private final OrganizationManagement organization;

	private final DemoMedia media;

	DemoArticles(JdbcClient jdbc, OrganizationManagement organization, DemoMedia media) {
		this.jdbc = jdbc;
		this.organization = organization;
		this.media = media;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from portal_article").query(Long.class).single() > 0) {
			return;
		}
		for (Map<String, String> row : Csv.read(DemoArticles.class.getResourceAsStream("/seed/portal-demo-articles.csv"))) {
			insert(row);
		}
	}

	private void insert(Map<String, String> row) {
		boolean district = row.get("unit").equals("168");
		boolean province = row.get("unit").equals("19");
		UUID unit = this.organization.unitOn(row.get("unit"), district ? LocalDate.of(2025, 1, 1) : LocalDate.of(2026, 1, 1))
			.orElseThrow()
			.id();
		String published = row.get("published");
		Timestamp at = published.isEmpty() ? Timestamp.from(LocalDate.of(2026, 11, 26).atStartOfDay(Vietnam.ZONE).toInstant())
				: Timestamp.from(LocalDateTime.parse(published).atZone(Vietnam.ZONE).toInstant());
		UUID id = UUID.randomUUID();
		String body = ArticleHtml.sanitise(row.get("body"));
		String by = district ? "phongvien" : province ? "phongvien.thainguyen" : "bientap.thainguyen";
		Media cover = this.media.picture(row.get("cover")).orElse(null);
		this.jdbc.sql("""
				insert into portal_article (id, unit_id, category, slug, title, summary, body, author, status, published_at, views,
				  created_by, created_at, updated_at, cover_url, cover_alt, cover_caption, cover_credit)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, unit, row.get("category"), Slugs.of(row.get("title")), row.get("title"), row.get("summary"), body,
					row.get("author"), row.get("status"), published.isEmpty() ? null : at, published.isEmpty() ? 0 : 40 + body.length() % 200,
					by, at, at, cover == null ? null : cover.url(), cover == null ? null : cover.altText(),
					cover == null ? null : row.get("caption"), cover == null ? null : cover.credit())
			.update();
		version(id, row, body, by, at);
	}

	private void version(UUID id, Map<String, String> row, String body, String by, Timestamp at) {
		this.jdbc.sql("""
				insert into portal_article_version (article_id, version, title, summary, body, saved_by, saved_at)
				values (?, 1, ?, ?, ?, ?, ?)""")
			.params(id, row.get("title"), row.get("summary"), body, by, at)
			.update();
	}

}
