package vn.motcua.planning.reports;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.planning.domain.Frequency;
import vn.motcua.planning.domain.ReportPeriod;

/**
 * A periodic report's schedule: who asks for it, how often, the due day (of the period's last
 * month, or a month after) as the report's own regime sets it, from which period (to which, if it
 * ended), from which units.
 */
public record Schedule(UUID id, UUID issuerUnitId, String title, Frequency frequency, int dueDay, int dueMonthsAfter,
		ReportPeriod firstPeriod, @Nullable ReportPeriod lastPeriod, List<UUID> unitIds, @Nullable String legalBasis) {

	/** @return whether the schedule asks for {@code period} (from its first to its last, if it has one). */
	public boolean asks(ReportPeriod period) {
		return !period.from().isBefore(this.firstPeriod.from())
				&& (this.lastPeriod == null || !period.from().isAfter(this.lastPeriod.from()));
	}

	/** What is typed to create one: units by their codes. */
	public record Request(@Nullable String title, @Nullable String frequency, @Nullable Integer dueDay,
			@Nullable Integer dueMonthsAfter, @Nullable String firstPeriod, @Nullable List<String> units,
			@Nullable String legalBasis) {
	}

}
