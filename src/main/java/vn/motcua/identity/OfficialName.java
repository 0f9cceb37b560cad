package vn.motcua.identity;

import org.jspecify.annotations.Nullable;

/**
 * How an official is named to other officials: full name and position, never only the login name.
 *
 * @param position {@literal null} when none was recorded.
 */
public record OfficialName(String username, String fullName, @Nullable String position) {

	/** @return «Full name (position)», or the full name alone; never {@literal null}. */
	public String display() {
		return this.position == null || this.position.isBlank() ? this.fullName
				: this.fullName + " (" + this.position + ")";
	}

}
