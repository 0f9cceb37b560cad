package vn.motcua.shared;

/**
 * The convention between {@code identity}, which knows that an official must change a password
 * (first login with a generated one, or after a reset), and the platform, which keeps such an
 * official away from everything but the change-password page.
 */
public final class PasswordChange {

	/** Granted instead of any role while the password must be changed. */
	public static final String REQUIRED_AUTHORITY = "PASSWORD_CHANGE_REQUIRED";

	/** The page where an official changes the password. */
	public static final String PAGE = "/quan-tri/doi-mat-khau";

	private PasswordChange() {
	}

}
