package vn.motcua.organization;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An administrative unit in one era of its history. Codes are reused over time, so a unit's
 * identity is its {@code id}, never its code alone.
 *
 * @param id never {@literal null}.
 * @param code the national statistical code (e.g. {@code 05611}).
 * @param name the Vietnamese name with its type word (e.g. «Xã Phú Lương»).
 * @param parentId the unit above, {@literal null} for a province.
 * @param parentCode the code of the unit above.
 * @param validFrom first day in force, {@literal null} when older than our records.
 * @param validTo last day in force, {@literal null} while in force.
 * @param version for optimistic locking of edits.
 */
public record UnitView(UUID id, String code, String name, UnitType type, @Nullable UUID parentId,
		@Nullable String parentCode, @Nullable LocalDate validFrom, @Nullable LocalDate validTo,
		@Nullable String note, long version) {

	/** @return whether the unit is in force on {@code date}. */
	public boolean validOn(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || !date.isAfter(this.validTo));
	}

}
