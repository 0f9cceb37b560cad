package vn.motcua.monitoring.reports;

import org.jspecify.annotations.Nullable;

/**
 * An official's evaluation under Circular 01/2018 (RULES.md §9): over the dossiers resolved in the
 * period in which they finished a step, the averages of criteria (1) total time, (2) the time of
 * their own steps, (3) contacts to complete, (4) one body contacted (guaranteed: 2) and (7)
 * attitude, summed to a score out of 10 with one decimal — a criterion without data left out and
 * the rest rescaled to five (Art. 15.4.b) — and placed against 5 and 3.5.
 *
 * @param steps the steps of those dossiers the official finished, {@code late} of them late.
 */
record OfficialScore(String username, String fullName, long dossiers, long steps, long late, @Nullable Double i1,
		@Nullable Double i2, @Nullable Double i3, @Nullable Double i7, double total) {

	/** The criteria an official is scored on: (1), (2), (3), (4), (7). */
	static final int CRITERIA = 5;

	static final double UPPER = 5;

	static final double LOWER = 3.5;

	/**
	 * @param scores the averages of criteria (1), (2), (3) and (7), {@literal null} where there is no data.
	 * @return their sum with (4) at 2, rescaled to five criteria, to one decimal.
	 */
	static double sum(@Nullable Double... scores) {
		double sum = 2;
		int counted = 1;
		for (Double score : scores) {
			if (score != null) {
				sum += score;
				counted++;
			}
		}
		return Math.round(sum * CRITERIA / counted * 10) / 10.0;
	}

	/** @return the same score under the official's full name. */
	OfficialScore named(String name) {
		return new OfficialScore(this.username, name, this.dossiers, this.steps, this.late, this.i1, this.i2, this.i3,
				this.i7, this.total);
	}

	/** @return where the score stands against the thresholds 5 and 3.5. */
	public Band band() {
		return this.total >= UPPER ? Band.ABOVE : this.total >= LOWER ? Band.BETWEEN : Band.BELOW;
	}

	/** Where an official's score stands: at or above 5, from 3.5 to under 5, under 3.5. */
	enum Band {

		ABOVE, BETWEEN, BELOW

	}

}
