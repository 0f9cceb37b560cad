package vn.motcua.shared;

import org.jspecify.annotations.Nullable;

/** What forms and requests do with typed text. */
public final class Texts {

	private Texts() {
	}

	/**
	 * @param text may be {@literal null}.
	 * @return the text without surrounding white space, or {@literal null} when nothing but white
	 * space was typed: an optional field left empty is stored as SQL null, never as {@code ''}.
	 */
	public static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
