package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The level of government a procedure belongs to. */
public enum ProcedureLevel {

	/** cấp tỉnh */
	PROVINCE,
	/** cấp huyện (until 30/06/2025) */
	DISTRICT,
	/** cấp xã */
	COMMUNE;

	/** The first day without district-level procedures (two-tier local government). */
	public static final LocalDate TWO_TIERS_FROM = LocalDate.of(2025, 7, 1);

	/** @return the levels a procedure in force on {@code date} may have: no «cấp huyện» from 01/07/2025. */
	public static List<ProcedureLevel> offeredOn(LocalDate date) {
		return Arrays.stream(values()).filter(l -> l != DISTRICT || date.isBefore(TWO_TIERS_FROM)).toList();
	}

}
