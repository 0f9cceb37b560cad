package vn.motcua.portal.home;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.motcua.monitoring.UnitFigures;
import vn.motcua.organization.UnitView;
import vn.motcua.portal.media.Media;
import vn.motcua.portal.media.MediaLibrary;
import vn.motcua.portal.polls.Poll;
import vn.motcua.portal.polls.Polls;
import vn.motcua.portal.site.Site;
import vn.motcua.portal.site.SiteContent;

/** The home page's side: the public board of the owner's units, the owner's latest video, the poll, the links. */
@Service
class HomeAside {

	private final MediaLibrary media;

	private final Polls polls;

	private final SiteContent site;

	private final UnitFigures figures;

	HomeAside(MediaLibrary media, Polls polls, SiteContent site, UnitFigures figures) {
		this.media = media;
		this.polls = polls;
		this.site = site;
		this.figures = figures;
	}

	Aside of(@Nullable UnitView owner, List<UnitView> sections, LocalDate today) {
		List<HomePage.Board> board = (owner == null ? sections.stream() : Stream.concat(Stream.of(owner), sections.stream()))
			.map(u -> new HomePage.Board(u, this.figures.of(u.code(), today.withDayOfYear(1), today)))
			.toList();
		return new Aside(board, owner == null ? null : this.media.latestVideo(owner.id()).orElse(null),
				this.polls.current(null).orElse(null), owner == null ? List.of() : this.site.links(owner.id()));
	}

	record Aside(List<HomePage.Board> board, @Nullable Media video, @Nullable Poll poll, List<Site.Link> links) {
	}

}
