package vn.motcua.dossier.lookup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The second factor of the public lookup: the last four digits of the applicant's phone, or the
 * secret printed on the receipt. Compared in constant time, so that the answer's timing tells
 * nothing.
 */
final class SecondFactor {

	private SecondFactor() {
	}

	/**
	 * @param phone the applicant's phone as typed at intake, if any.
	 * @param secret the receipt's secret.
	 * @return whether one of the typed factors matches.
	 */
	static boolean matches(@Nullable String phone, String secret, @Nullable String phoneLast4,
			@Nullable String typedSecret) {
		boolean byPhone = false;
		if (phoneLast4 != null && phone != null) {
			String digits = phone.replaceAll("\\D", "");
			byPhone = digits.length() >= 4 && phoneLast4.strip().length() == 4
					&& same(digits.substring(digits.length() - 4), phoneLast4.strip());
		}
		boolean bySecret = typedSecret != null && same(secret, typedSecret.strip().toUpperCase(Locale.ROOT));
		return byPhone | bySecret;
	}

	private static boolean same(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
	}

}
