package vn.motcua.dossier.domain;

import java.time.LocalDate;
import java.util.Set;

import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * The 12-digit personal identification number (số định danh cá nhân, printed on the CCCD) as
 * structured by Circular 59/2021/TT-BCA, Art. 7: three digits of the province or city where the
 * birth was registered (the codes of its appendix, between 001 and 096), one digit of century and
 * sex (0/1 man/woman born 1900–1999, 2/3 born 2000–2099, 4/5 2100–2199, 6/7 2200–2299, 8/9
 * 2300–2399), two digits of the year of birth, six random digits. It carries no check digit, so
 * the check is structural: the province code exists and the birth year it gives is not after
 * today.
 */
public final class PersonalIdNumber {

	/** The province codes of the appendix of Circular 59/2021/TT-BCA (63 provinces before the 2025 mergers). */
	private static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014",
			"015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037",
			"038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064",
			"066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087", "089",
			"091", "092", "093", "094", "095", "096");

	private PersonalIdNumber() {
	}

	/**
	 * @param typed the number as typed: spaces and dots between the digits are allowed.
	 * @param today the day the number is checked on.
	 * @return the 12 digits.
	 * @throws DomainException {@code id-number-invalid} (not 12 digits), {@code id-number-province}
	 * (no such province code), {@code id-number-birth-year} (a year of birth after today).
	 */
	public static String check(String typed, LocalDate today) {
		String digits = typed.replaceAll("[\\s.]", "");
		if (!digits.matches("\\d{12}")) {
			throw new DomainException(Kind.INVALID, "id-number-invalid", typed.strip());
		}
		if (!PROVINCES.contains(digits.substring(0, 3))) {
			throw new DomainException(Kind.INVALID, "id-number-province", digits.substring(0, 3));
		}
		if (birthYear(digits) > today.getYear()) {
			throw new DomainException(Kind.INVALID, "id-number-birth-year", String.valueOf(birthYear(digits)));
		}
		return digits;
	}

	/** @return the year of birth the 4th to 6th digits give. */
	static int birthYear(String digits) {
		int century = digits.charAt(3) - '0';
		return 1900 + (century / 2) * 100 + Integer.parseInt(digits.substring(4, 6));
	}

}
