package vn.motcua.shared;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The convention between {@code identity}, which knows that an official must change a password
 * (first login with a generated one, or after a reset), and the platform, which keeps such an
 * official away from everything but the change-password page.
 */
public final class PasswordChange {

	/** The page where an official changes the password (a constant: request mappings need one). */
	public static final String PAGE = "/quan-tri/doi-mat-khau";

	private static final GrantedAuthority REQUIRED = new SimpleGrantedAuthority("PASSWORD_CHANGE_REQUIRED");

	private PasswordChange() {
	}

	/** @return the authority granted instead of any role while the password must be changed. */
	public static GrantedAuthority requiredAuthority() {
		return REQUIRED;
	}

	/** @return whether {@code authorities} say that the password must be changed first. */
	public static boolean isRequired(Collection<? extends GrantedAuthority> authorities) {
		return authorities.stream().anyMatch(a -> REQUIRED.getAuthority().equals(a.getAuthority()));
	}

	/** @return whether {@code path} is the change-password page. */
	public static boolean isPage(String path) {
		return PAGE.equals(path);
	}

}
