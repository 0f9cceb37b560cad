package vn.motcua.identity.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/** How a citizen is reached and known: a phone number or an e-mail address, in one written form. */
public final class Contacts {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("0\\d{9}");

	private static final int MAX_EMAIL_LENGTH = 120;

	private Contacts() {
	}

	/**
	 * A phone number as its 10 digits (a leading +84 or 84 becomes 0); an e-mail address in lower case.
	 * @throws DomainException {@code contact-invalid}.
	 */
	public static String normalize(String contact) {
		String text = contact.strip();
		if (text.contains("@")) {
			String email = text.toLowerCase(Locale.ROOT);
			if (!EMAIL.matcher(email).matches() || email.length() > MAX_EMAIL_LENGTH) {
				throw new DomainException(Kind.INVALID, "contact-invalid");
			}
			return email;
		}
		String digits = text.replaceAll("[\\s.()-]", "");
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("84") && digits.length() == 11) {
			digits = "0" + digits.substring(2);
		}
		if (!PHONE.matcher(digits).matches()) {
			throw new DomainException(Kind.INVALID, "contact-invalid");
		}
		return digits;
	}

	/** @return whether a contact is an e-mail address (else a phone number). */
	public static boolean isEmail(String contact) {
		return contact.contains("@");
	}

	/** @return {@code EMAIL} or {@code PHONE}, as {@code identity_citizen.contact_kind} stores it. */
	public static String kind(String contact) {
		return isEmail(contact) ? "EMAIL" : "PHONE";
	}

}
