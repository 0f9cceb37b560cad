package vn.motcua.dossier.lists;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Channel;
import vn.motcua.calendar.Timeliness;
import vn.motcua.dossier.DossierStatus;

/** A line of a dossier list or work queue. */
record DossierSummary(String code, DossierStatus status, String procedureCode, String procedureName,
		String applicantName, String agencyCode, UUID unitId, Channel channel, OffsetDateTime receivedAt,
		@Nullable OffsetDateTime dueAt, @Nullable OffsetDateTime appointment, @Nullable Integer currentStep,
		boolean overdue, @Nullable Timeliness timeliness) {
}
