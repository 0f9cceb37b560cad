package vn.motcua.portal.domain;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * An article's body as readers get it: the editor's rich text kept to the tags of formatted text,
 * tables, images and links (jsoup's relaxed safelist, with figures) — no script, no event handler,
 * no {@code javascript:} or {@code data:} address, whatever was typed or pasted.
 */
public final class ArticleHtml {

	private static final Safelist SAFE = Safelist.relaxed()
		.addTags("figure", "figcaption")
		.addAttributes("img", "loading")
		.preserveRelativeLinks(true);

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

	private ArticleHtml() {
	}

	/** @return the body with only what is safe to show; relative addresses (the media library's) kept. */
	public static String sanitise(String html) {
		return Jsoup.clean(html, "https://cong.invalid/", SAFE, OUTPUT);
	}

	/** @return the body's text, for summaries, search and feeds. */
	public static String text(String html) {
		return Jsoup.parse(html).text();
	}

}
