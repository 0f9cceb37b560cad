package vn.motcua.portal.site;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.portal.domain.MediaKind;
import vn.motcua.portal.media.MediaLibrary;
import vn.motcua.shared.Actor;

/**
 * The back office of what the editor's unit says about itself (Trang thông tin, liên kết): its
 * pages, leaders, web links and banners, announcements, and how readers answered «was this page
 * useful?»; the forms post to {@link SiteDeskActions}.
 */
@Controller
@RequestMapping("/quan-tri/trang-thong-tin")
class SiteDeskController {

	private final SiteContent content;

	private final MediaLibrary media;

	private final Usefulness usefulness;

	SiteDeskController(SiteContent content, MediaLibrary media, Usefulness usefulness) {
		this.content = content;
		this.media = media;
		this.usefulness = usefulness;
	}

	@GetMapping
	String desk(@RequestParam(name = "trang", required = false) @Nullable String slug, @AuthenticationPrincipal Actor actor,
			Model model) {
		UUID unit = Editors.unitOf(actor);
		model.addAttribute("pages", this.content.pages(unit));
		model.addAttribute("editing", slug == null ? null : this.content.page(unit, slug).orElse(null));
		model.addAttribute("leaders", this.content.leaders(unit));
		model.addAttribute("links", this.content.links(unit));
		model.addAttribute("announcements", this.content.announcements(unit, java.time.Instant.EPOCH));
		model.addAttribute("pictures", this.media.list(MediaKind.IMAGE, actor));
		model.addAttribute("answers", this.usefulness.counts(20));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of());
		}
		return "portal/site";
	}

}
