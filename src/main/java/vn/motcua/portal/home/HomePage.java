package vn.motcua.portal.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import vn.motcua.monitoring.UnitFigures;
import vn.motcua.organization.UnitView;
import vn.motcua.portal.domain.ArticleCategory;
import vn.motcua.portal.media.Media;
import vn.motcua.portal.news.Article;
import vn.motcua.portal.news.NewsReader;
import vn.motcua.portal.polls.Poll;
import vn.motcua.portal.site.PortalChanged;
import vn.motcua.portal.site.Portals;
import vn.motcua.portal.site.Site;

/**
 * What the home page shows, composed from the news, the media library, the poll, the links and the
 * dossier figures of the portal owner's units; the same for every reader, so kept for
 * {@link #KEEP_NANOS} (or until a change is published on this node, {@link #forget()}).
 */
@Service
public class HomePage {

	static final long KEEP_NANOS = 30_000_000_000L;

	private final Portals portals;

	private final NewsReader news;

	private final HomeAside aside;

	private final Clock clock;

	private final AtomicReference<@Nullable Kept> kept = new AtomicReference<>();

	HomePage(Portals portals, NewsReader news, HomeAside aside, Clock clock) {
		this.portals = portals;
		this.news = news;
		this.aside = aside;
		this.clock = clock;
	}

	/** @return the home page as of now, at most {@link #KEEP_NANOS} old. */
	public View view() {
		long now = System.nanoTime();
		Kept k = this.kept.get();
		if (k == null || now - k.at() > KEEP_NANOS || !k.view().today().equals(LocalDate.now(this.clock))) {
			k = new Kept(compose(), now);
			this.kept.set(k);
		}
		return k.view();
	}

	/** Forgets the composed page once a change is committed: the next reader on this node sees it at once. */
	@EventListener
	void forget(PortalChanged changed) {
		this.kept.set(null);
	}

	private View compose() {
		LocalDate today = LocalDate.now(this.clock);
		UnitView owner = this.portals.owner(today).orElse(null);
		List<Article> top = this.news.page(null, 0, 5);
		Map<ArticleCategory, List<Article>> latest = new LinkedHashMap<>();
		Arrays.stream(ArticleCategory.values()).forEach(c -> latest.put(c, this.news.page(c, 0, 4)));
		List<UnitView> sections = this.portals.sections(today);
		HomeAside.Aside side = this.aside.of(owner, sections, today);
		return new View(today, owner, top, latest, sections, side.board(), side.video(), side.poll(), side.links());
	}

	/** The home page's content. */
	public record View(LocalDate today, @Nullable UnitView owner, List<Article> top, Map<ArticleCategory, List<Article>> latest,
			List<UnitView> sections, List<Board> board, @Nullable Media video, @Nullable Poll poll, List<Site.Link> links) {
	}

	/** A unit's dossiers received and resolved this year, and the share resolved on time. */
	public record Board(UnitView unit, UnitFigures.Figures figures) {
	}

	private record Kept(View view, long at) {
	}

}
