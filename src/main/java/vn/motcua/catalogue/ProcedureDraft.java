package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.catalogue.ProcedureView.ProcessStep;
import vn.motcua.catalogue.ProcedureView.RequiredDocument;

/**
 * A procedure version to record. Without steps it gets the default internal process.
 */
public record ProcedureDraft(String code, String name, String field, ProcedureLevel level, LocalDate effectiveFrom,
		@Nullable LocalDate effectiveTo, int timeLimit, TimeLimitUnit timeUnit, long feeVnd, @Nullable String feeNote,
		OnlineLevel onlineLevel, @Nullable String legalBasis, List<RequiredDocument> documents, List<ProcessStep> steps,
		ProcedureView.Particulars particulars) {
}
