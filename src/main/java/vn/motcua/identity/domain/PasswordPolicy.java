package vn.motcua.identity.domain;

import java.util.Locale;

/**
 * What a password must be: 8 to 128 characters, at least one letter and one digit, not the
 * username. Lengths rather than symbol rules, as current guidance (NIST SP 800-63B) advises.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	private static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	/** @throws IdentityRuleViolated {@code password-too-weak} when the password breaks the policy. */
	public static void check(String username, String password) {
		boolean letter = password.codePoints().anyMatch(Character::isLetter);
		boolean digit = password.codePoints().anyMatch(Character::isDigit);
		if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH || !letter || !digit
				|| password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			throw new IdentityRuleViolated("password-too-weak", MIN_LENGTH);
		}
	}

}
