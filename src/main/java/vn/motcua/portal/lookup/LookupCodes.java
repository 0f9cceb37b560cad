package vn.motcua.portal.lookup;

import java.util.Locale;

/**
 * A code as people copy it — from an SMS, a receipt, an e-mail: with spaces (also non-breaking
 * and zero-width ones) inside or around it, and in lower case. Dossier codes
 * ({@code 000.41.20.H55-261130-0001}) and feedback register numbers ({@code PAKN-2026-00001}) hold
 * neither, so the code is looked up without them and in upper case.
 */
public final class LookupCodes {

	private LookupCodes() {
	}

	/** @return the code without any white space, in upper case. */
	public static String normalize(String typed) {
		return typed.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B\\u200C\\u200D\\uFEFF]+", "").toUpperCase(Locale.ROOT);
	}

}
