package vn.motcua.portal.domain;

/** Numbers of the feedback register: {@code PAKN-<year>-<nnnnn>}, counted anew each year from 1. */
public final class RegisterNumber {

	private RegisterNumber() {
	}

	/**
	 * @param number the feedback's rank in the year, from 1.
	 * @return e.g. {@code PAKN-2026-00001}.
	 */
	public static String of(int year, int number) {
		return "PAKN-%d-%05d".formatted(year, number);
	}

}
