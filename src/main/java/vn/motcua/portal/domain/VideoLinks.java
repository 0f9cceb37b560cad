package vn.motcua.portal.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A video shown from another site: only a YouTube link is embedded, as the privacy-enhanced
 * {@code youtube-nocookie.com} player, so no other site's page ever runs inside the portal.
 */
public final class VideoLinks {

	private static final Pattern YOUTUBE = Pattern.compile(
			"https://(?:www\\.|m\\.)?(?:youtube\\.com/(?:watch\\?(?:.*&)?v=|embed/|shorts/)|youtu\\.be/)([A-Za-z0-9_-]{11})(?:[?&#].*)?");

	private VideoLinks() {
	}

	/** @return the address of the embedded player for a YouTube link; empty for anything else. */
	public static Optional<String> embed(String link) {
		Matcher m = YOUTUBE.matcher(link.strip());
		return m.matches() ? Optional.of("https://www.youtube-nocookie.com/embed/" + m.group(1)) : Optional.empty();
	}

}
