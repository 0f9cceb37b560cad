package vn.motcua.portal.news;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;
import vn.motcua.portal.domain.ArticleCategory;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Vietnam;

/** The news as RSS 2.0 (all, or a category: the latest 30) and the portal's sitemap.xml for search engines. */
@RestController
class FeedsController {

	private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	private final NewsReader news;

	private final MessageSource messages;

	FeedsController(NewsReader news, MessageSource messages) {
		this.news = news;
		this.messages = messages;
	}

	@GetMapping("/tin-tuc/rss.xml")
	ResponseEntity<String> all() {
		return ResponseEntity.ok().contentType(RSS).body(rss(null));
	}

	@GetMapping("/tin-tuc/chuyen-muc/{path}/rss.xml")
	ResponseEntity<String> category(@PathVariable String path) {
		ArticleCategory c = ArticleCategory.of(path).orElseThrow(() -> new DomainException(Kind.NOT_FOUND, "article-not-found", path));
		return ResponseEntity.ok().contentType(RSS).body(rss(c));
	}

	private String rss(@Nullable ArticleCategory category) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		String title = this.messages.getMessage(category == null ? "news.title" : "news.category." + category, null, Vietnam.LOCALE);
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
			.append("<title>").append(x(title)).append("</title><link>").append(x(base + "/tin-tuc")).append("</link>")
			.append("<description>").append(x(title)).append("</description><language>vi</language>");
		for (Article a : this.news.page(category, 0, 30)) {
			String link = base + "/tin-tuc/" + a.slug();
			xml.append("<item><title>").append(x(a.title())).append("</title><link>").append(x(link)).append("</link>")
				.append("<guid>").append(x(link)).append("</guid><pubDate>")
				.append(DateTimeFormatter.RFC_1123_DATE_TIME.format(a.published())).append("</pubDate><description>")
				.append(x(a.summary())).append("</description></item>");
		}
		return xml.append("</channel></rss>").toString();
	}

	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	String sitemap() {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
		for (String page : List.of("/", "/tin-tuc", "/thu-tuc", "/tra-cuu-ho-so", "/phan-anh", "/cong-khai-ket-qua",
				"/chi-so-cai-cach-hanh-chinh", "/lich-lam-viec")) {
			xml.append("<url><loc>").append(x(base + page)).append("</loc></url>");
		}
		for (Article a : this.news.page(null, 0, 5000)) {
			xml.append("<url><loc>").append(x(base + "/tin-tuc/" + a.slug())).append("</loc><lastmod>")
				.append(a.published().toLocalDate()).append("</lastmod></url>");
		}
		return xml.append("</urlset>").toString();
	}

	private static String x(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
