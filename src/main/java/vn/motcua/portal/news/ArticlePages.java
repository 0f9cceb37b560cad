package vn.motcua.portal.news;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.context.event.EventListener;
import vn.motcua.portal.site.PortalChanged;

/**
 * Published articles as their pages show them, with their related articles, kept for
 * {@link #KEEP_NANOS} after they were read (at most {@link #MAX} of them) and forgotten at once when
 * an article is published or withdrawn on this node; the view count is added on every read.
 */
@Service
public class ArticlePages {

	static final long KEEP_NANOS = 30_000_000_000L;

	static final int MAX = 1_000;

	private final NewsReader news;

	private final ViewCounts views;

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	ArticlePages(NewsReader news, ViewCounts views) {
		this.news = news;
		this.views = views;
	}

	/** @return the article published at that address, counted as read once more, with its related articles. */
	Optional<Page> read(String slug) {
		long now = System.nanoTime();
		Kept k = this.kept.get(slug);
		if (k == null || now - k.at() > KEEP_NANOS || k.page().article().publishedAt() == null
				|| k.page().article().publishedAt().isAfter(Instant.now(this.news.clock()))) {
			Optional<Article> article = this.news.find(slug);
			if (article.isEmpty()) {
				this.kept.remove(slug);
				return Optional.empty();
			}
			if (this.kept.size() >= MAX) {
				this.kept.clear();
			}
			k = new Kept(new Page(article.get(), this.news.related(article.get())), now);
			this.kept.put(slug, k);
		}
		Article a = k.page().article();
		return Optional.of(new Page(a.withViews(a.views() + this.views.count(a.id())), k.page().related()));
	}

	/**
	 * Counts a read of the article page at {@code path} served without reaching its controller (a page
	 * kept by the public pages' cache); any other path is ignored.
	 */
	public void countRead(String path) {
		if (path.startsWith("/tin-tuc/")) {
			Kept k = this.kept.get(path.substring("/tin-tuc/".length()));
			if (k != null) {
				this.views.count(k.page().article().id());
			}
		}
	}

	@EventListener
	void forget(PortalChanged changed) {
		this.kept.clear();
	}

	/** An article's page: the article and its related ones. */
	record Page(Article article, List<Article> related) {
	}

	private record Kept(Page page, long at) {
	}

}
