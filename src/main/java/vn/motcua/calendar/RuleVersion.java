package vn.motcua.calendar;

import java.time.LocalDate;

/**
 * The legal frame a dossier is received under (RULES.md §1). A dossier keeps the version in
 * force on the day it was received.
 */
public enum RuleVersion {

	/** Decree 61/2018/NĐ-CP and Circular 01/2018/TT-VPCP */
	DECREE_61_2018(LocalDate.of(2018, 6, 21)),
	/** Decree 118/2025/NĐ-CP and Circular 03/2025/TT-VPCP */
	DECREE_118_2025(LocalDate.of(2025, 7, 1));

	private final LocalDate inForceFrom;

	RuleVersion(LocalDate inForceFrom) {
		this.inForceFrom = inForceFrom;
	}

	/** @return the version in force on {@code date} (the oldest one for earlier dates). */
	public static RuleVersion on(LocalDate date) {
		return date.isBefore(DECREE_118_2025.inForceFrom) ? DECREE_61_2018 : DECREE_118_2025;
	}

	/** @return the first day dossiers are received under this version, never {@literal null}. */
	public LocalDate inForceFrom() {
		return this.inForceFrom;
	}

}
