package vn.motcua.portal.domain;

import java.util.Locale;

import vn.motcua.shared.TextFolding;

/**
 * Vietnamese titles as web addresses without diacritics: {@code Hội nghị công bố chỉ số CCHC 2017}
 * → {@code hoi-nghi-cong-bo-chi-so-cchc-2017}; at most {@link #MAX} characters, cut at a word.
 */
public final class Slugs {

	/** The longest slug. */
	public static final int MAX = 80;

	private Slugs() {
	}

	/** @return the title's slug; {@code bai-viet} when nothing is left of it. */
	public static String of(String title) {
		String slug = TextFolding.fold(title).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX) {
			slug = slug.substring(0, MAX);
			int cut = slug.lastIndexOf('-');
			slug = cut > MAX / 2 ? slug.substring(0, cut) : slug;
		}
		return slug.isEmpty() ? "bai-viet" : slug;
	}

	/** @return the slug made unique by a number: {@code tieu-de-2}. */
	public static String numbered(String slug, int n) {
		return n <= 1 ? slug : slug + "-" + n;
	}

}
