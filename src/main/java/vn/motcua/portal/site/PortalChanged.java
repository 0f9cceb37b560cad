package vn.motcua.portal.site;

/**
 * Something readers see on many pages changed — an article published or withdrawn, a poll, a page,
 * a link, an announcement, the library's video — so what was composed from it is composed again.
 */
public record PortalChanged() {
}
