package vn.motcua.portal.home;

import java.io.IOException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The portal's public reading pages (and the public procedure search's JSON) as an anonymous reader
 * gets them, kept {@link #KEEP_NANOS} and served again without the security chain, handler lookup and
 * template: the same bytes and headers for every reader without a session, an Authorization header or
 * a language cookie of another value. Only a page answered 200 as HTML or JSON without setting a
 * cookie is kept (a page with a form's CSRF token
 * opens a session, so it never is); a page is kept per minute of the clock (a scheduled article
 * appears on time, a test's moved clock sees its own day); a change published on this node, on the
 * portal or in the procedure catalogue, forgets them all ({@link PublicPageCacheConfig}).
 */
class PublicPageCache extends OncePerRequestFilter {

	static final long KEEP_NANOS = 30_000_000_000L;

	/** At most this many pages are kept: the portal's reading pages are a few hundred. */
	static final int MAX = 2_000;

	private static final Pattern PAGES = Pattern.compile(
			"/|/tin-tuc(/[a-z0-9-]+)?|/gioi-thieu(/[a-z0-9-]+)?|/don-vi/[0-9]+(/[a-z0-9-]+)?|/lanh-dao|/lien-he|/thu-tuc(/[A-Za-z0-9.-]{1,40})?|/tim-kiem"
					+ "|/api/v1/public/procedures(/[A-Za-z0-9.-]{1,40})?");

	/** The cookies of an anonymous reader: any other (a session's, whatever its name) and the page is his own. */
	private static final Set<String> ANONYMOUS_COOKIES = Set.of("motcua-lang", "motcua_voter");

	/** The only query parameters of the kept pages: a category and a page of the news list. */
	private static final Pattern NEWS_QUERY = Pattern.compile("(chuyen-muc=[a-z-]{1,40}|trang=[0-9]{1,4})(&(chuyen-muc=[a-z-]{1,40}|trang=[0-9]{1,4}))?");

	/** … the words, field and level of the procedure search, the words of the site search (URL-encoded). */
	private static final Pattern SEARCH_QUERY = Pattern.compile(
			"(q|field|level)=[A-Za-z0-9%+._~-]{0,200}(&(q|field|level)=[A-Za-z0-9%+._~-]{0,200}){0,2}");

	/** A page larger than this is not kept (a search listing everything); all kept pages stay under {@link #BUDGET}. */
	static final int LARGEST = 256 * 1024;

	static final long BUDGET = 64L * 1024 * 1024;

	private final AtomicLong bytes = new AtomicLong();

	private final Clock clock;

	private final Consumer<String> served;

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	/** @param served told the path of every page served from the cache (an article's read is counted). */
	PublicPageCache(Clock clock, Consumer<String> served) {
		this.clock = clock;
		this.served = served;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String query = request.getQueryString();
		String path = request.getRequestURI();
		return !"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null
				|| !PAGES.matcher(path).matches() || query != null && !queryOf(path).matcher(query).matches()
				|| !anonymous(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		Kept page = this.kept.get(key);
		if (page != null && System.nanoTime() - page.at() < KEEP_NANOS) {
			page.headers().forEach(h -> response.addHeader(h[0], h[1]));
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
			this.served.accept(request.getRequestURI());
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		String type = wrapper.getContentType();
		if (wrapper.getStatus() == 200 && type != null && (type.startsWith("text/html") || type.startsWith("application/json"))
				&& !wrapper.containsHeader("Set-Cookie") && wrapper.getContentSize() <= LARGEST) {
			if (this.kept.size() >= MAX || this.bytes.get() > BUDGET) {
				forget();
			}
			byte[] body = wrapper.getContentAsByteArray();
			Kept before = this.kept.put(key, new Kept(headers(wrapper), body, System.nanoTime()));
			this.bytes.addAndGet(body.length - (before == null ? 0 : before.body().length));
		}
		wrapper.copyBodyToResponse();
	}

	/** Forgets every page kept (a change was published). */
	void forget() {
		this.kept.clear();
		this.bytes.set(0);
	}

	/** The query a kept page may have: the search's on the search pages, the news list's on the others. */
	private static Pattern queryOf(String path) {
		return path.startsWith("/thu-tuc") || path.equals("/tim-kiem") || path.startsWith("/api/") ? SEARCH_QUERY : NEWS_QUERY;
	}

	private String key(HttpServletRequest request) {
		Cookie lang = cookie(request, "motcua-lang");
		return request.getRequestURI() + '?' + request.getQueryString() + '|' + (lang == null ? "" : lang.getValue()) + '|'
				+ this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
	}

	private static List<String[]> headers(HttpServletResponse response) {
		List<String[]> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			// the Content-Security-Policy is set on every response ahead of this filter
			if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Date")
					&& !name.equalsIgnoreCase("Content-Security-Policy")) {
				response.getHeaders(name).forEach(value -> headers.add(new String[] { name, value }));
			}
		}
		if (response.getContentType() != null && response.getHeader("Content-Type") == null) {
			headers.add(new String[] { "Content-Type", response.getContentType() });
		}
		return headers;
	}

	private static boolean anonymous(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return cookies == null || Arrays.stream(cookies).allMatch(c -> ANONYMOUS_COOKIES.contains(c.getName()));
	}

	private static Cookie cookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie c : cookies) {
				if (c.getName().equals(name)) {
					return c;
				}
			}
		}
		return null;
	}

	private record Kept(List<String[]> headers, byte[] body, long at) {
	}

}
