package vn.motcua.identity.login;

import java.io.Serializable;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The administrative unit of an official's agency, as far as its era matters: an official of a
 * unit that has ended (the district of Phú Lương on 30/06/2025) keeps reading its records but acts
 * no more.
 *
 * @param name e.g. «Huyện Phú Lương».
 * @param lastDay the last day in force, {@literal null} while in force.
 */
record HomeUnit(String name, @Nullable LocalDate lastDay) implements Serializable {

	/** @return whether the unit had ended before {@code today}. */
	boolean endedBefore(LocalDate today) {
		return this.lastDay != null && this.lastDay.isBefore(today);
	}

}
