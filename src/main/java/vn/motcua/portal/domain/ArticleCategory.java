package vn.motcua.portal.domain;

import java.util.Locale;
import java.util.Optional;

/** The portal's news categories; each has its address ({@code cai-cach-hanh-chinh}) and its name in the bundles. */
public enum ArticleCategory {

	NEWS, REFORM, DIRECTIVES, ANNOUNCEMENTS;

	/** @return the category's part of the portal's addresses. */
	public String path() {
		return switch (this) {
			case NEWS -> "tin-hoat-dong";
			case REFORM -> "cai-cach-hanh-chinh";
			case DIRECTIVES -> "chi-dao-dieu-hanh";
			case ANNOUNCEMENTS -> "thong-bao";
		};
	}

	/** @return the category with that name or address. */
	public static Optional<ArticleCategory> of(String nameOrPath) {
		for (ArticleCategory c : values()) {
			if (c.name().equals(nameOrPath.strip().toUpperCase(Locale.ROOT)) || c.path().equals(nameOrPath.strip())) {
				return Optional.of(c);
			}
		}
		return Optional.empty();
	}

}
