package vn.motcua.planning.domain;

import org.jspecify.annotations.Nullable;

/** How often a periodic report (báo cáo định kỳ) is due, and the letter of its periods' codes. */
public enum Frequency {

	MONTHLY('M', 12), QUARTERLY('Q', 4), HALF_YEARLY('H', 2), YEARLY('Y', 1);

	private final char letter;

	private final int perYear;

	Frequency(char letter, int perYear) {
		this.letter = letter;
		this.perYear = perYear;
	}

	/** @return the letter of the periods' codes: {@code 2025-Q1}. */
	public char letter() {
		return this.letter;
	}

	/** @return how many periods a year has. */
	public int perYear() {
		return this.perYear;
	}

	/** @return how many months a period spans. */
	public int months() {
		return 12 / this.perYear;
	}

	/** @return the frequency whose periods' codes carry {@code letter}, or {@literal null}. */
	static @Nullable Frequency ofLetter(char letter) {
		for (Frequency f : values()) {
			if (f.letter == Character.toUpperCase(letter)) {
				return f;
			}
		}
		return null;
	}

}
