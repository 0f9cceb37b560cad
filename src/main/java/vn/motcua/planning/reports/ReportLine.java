package vn.motcua.planning.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.planning.domain.ReportPeriod;
import vn.motcua.planning.domain.Submission;

/** A line of the register: a unit's report of a period, its due day and whether it was sent on time. */
public record ReportLine(UUID id, UUID scheduleId, String title, ReportPeriod period, UUID unitId, String unitCode, String unitName,
		LocalDate dueDate, @Nullable Instant submittedAt, @Nullable String submittedBy, Submission status) {

	/** @return the period's code, {@code 2025-Q1}. */
	public String periodCode() {
		return this.period.code();
	}

}
