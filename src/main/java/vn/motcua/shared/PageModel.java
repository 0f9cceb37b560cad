package vn.motcua.shared;

import org.jspecify.annotations.Nullable;

/**
 * One attribute every page's layout shows (the site, the announcement, the notice of an ended unit):
 * added after the handler and only when a view is rendered, so an API answer pays nothing for it
 * (an {@code @ModelAttribute} method of a controller advice ran for every JSON call too). The
 * platform's layout asks each bean of this type; an attribute the handler set stays.
 */
public interface PageModel {

	/** @return the attribute's name in the model. */
	String name();

	/** @return its value for the page being rendered now. */
	@Nullable Object value();

}
