package vn.motcua.monitoring.statistics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import vn.motcua.organization.UnitView;
import vn.motcua.shared.Vietnam;

/**
 * Which units a question covers: the unit asked for, and with {@code includeSubUnits} the units
 * below it (and those it was formed from), over a period of whole days in Vietnam.
 */
public record Selection(UnitView unit, Set<UUID> unitIds, boolean includeSubUnits, LocalDate from, LocalDate to) {

	/** @return the first moment of the period in Vietnam. */
	public OffsetDateTime start() {
		return this.from.atStartOfDay(Vietnam.ZONE).toOffsetDateTime();
	}

	/** @return the first moment after the period. */
	public OffsetDateTime end() {
		return this.to.plusDays(1).atStartOfDay(Vietnam.ZONE).toOffsetDateTime();
	}

}
