package vn.motcua.portal.domain;

/** What an item of the portal's media library is. */
public enum MediaKind {

	/** A picture, kept with a large rendition and a thumbnail. */
	IMAGE,

	/** A video file played by the page's video element. */
	VIDEO,

	/** A video on another site, embedded by its link ({@link VideoLinks}). */
	EMBED

}
