package vn.motcua.platform.layout;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Which menu entry is the current page, for {@code aria-current="page"} (screen readers announce
 * it, the style underlines it): {@code navigation.current('/thu-tuc')} in the templates.
 *
 * @param path the page's path, without the context path.
 */
public record Navigation(String path) {

	/** The back-office menu's entries: the longest that begins the path is the current one. */
	static final List<String> BACK_OFFICE = List.of("/quan-tri", "/quan-tri/ho-so", "/quan-tri/ho-so/tiep-nhan",
			"/quan-tri/ho-so/truc-tuyen", "/quan-tri/thu-tuc", "/quan-tri/phan-anh", "/quan-tri/thong-ke",
			"/quan-tri/thong-bao", "/quan-tri/don-vi", "/quan-tri/co-quan", "/quan-tri/can-bo", "/quan-tri/lich-nghi",
			"/quan-tri/gio-lam-viec", "/quan-tri/nhat-ky", "/quan-tri/ket-noi", "/quan-tri/cai-dat-cong", "/quan-tri/ma-truy-cap",
			"/quan-tri/doi-mat-khau");

	/** @return {@code page} when the path is in the section {@code href} opens (the home page: only itself). */
	public @Nullable String current(String href) {
		return section(this.path, href) ? "page" : null;
	}

	/** @return {@code page} when {@code href} is the back-office entry nearest to the path. */
	public @Nullable String page(String href) {
		String path = this.path;
		String best = null;
		for (String entry : BACK_OFFICE) {
			boolean exact = entry.equals("/quan-tri") ? path.equals(entry) : section(path, entry);
			if (exact && (best == null || entry.length() > best.length())) {
				best = entry;
			}
		}
		return href.equals(best) ? "page" : null;
	}

	static boolean section(String path, String href) {
		return href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
	}

	/** @return where the request is, for every page's menus. */
	static Navigation of(HttpServletRequest request) {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		return new Navigation(uri.isEmpty() ? "/" : uri);
	}

}
