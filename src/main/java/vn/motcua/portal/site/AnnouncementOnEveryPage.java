package vn.motcua.portal.site;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.PageModel;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every page shows the portal owner's announcement in force above its content. Read at most every
 * {@link #REFRESH_SECONDS} seconds: an announcement appears within that time on every node.
 */
@Component
class AnnouncementOnEveryPage implements PageModel {

	static final long REFRESH_SECONDS = 30;

	private final SiteContent content;

	private final Portals portals;

	private final Clock clock;

	private final AtomicReference<@Nullable Cached> cache = new AtomicReference<>();

	AnnouncementOnEveryPage(SiteContent content, Portals portals, Clock clock) {
		this.content = content;
		this.portals = portals;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "announcement";
	}

	@Override
	public Site.@Nullable Announcement value() {
		Instant now = this.clock.instant();
		Cached cached = this.cache.get();
		if (cached == null || now.isAfter(cached.loadedAt().plusSeconds(REFRESH_SECONDS)) || now.isBefore(cached.loadedAt())) {
			cached = new Cached(this.portals.owner(LocalDate.now(this.clock))
				.map(o -> this.content.announcements(o.id(), now))
				.orElse(List.of()), now);
			this.cache.set(cached);
		}
		return cached.announcements().stream()
			.filter(a -> !now.isBefore(a.startsAt()) && now.isBefore(a.endsAt()))
			.findFirst()
			.orElse(null);
	}

	/** Forgets what was read once a change on this node is committed. */
	@EventListener
	void forget(PortalChanged changed) {
		this.cache.set(null);
	}

	private record Cached(List<Site.Announcement> announcements, Instant loadedAt) {
	}

}
