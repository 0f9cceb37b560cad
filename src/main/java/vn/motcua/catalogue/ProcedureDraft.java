package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.catalogue.ProcedureView.ProcessStep;
import vn.motcua.catalogue.ProcedureView.RequiredDocument;

/**
 * A procedure version to record. Without steps it gets the default internal process. A time limit
 * (with its unit) or a fee left {@literal null} is one the sources did not let us verify.
 */
public record ProcedureDraft(String code, String name, String field, ProcedureLevel level, LocalDate effectiveFrom,
		@Nullable LocalDate effectiveTo, @Nullable Integer timeLimit, @Nullable TimeLimitUnit timeUnit,
		Set<ReceiptRule> receiptRules, @Nullable Long feeVnd,
		@Nullable String feeNote,
		OnlineLevel onlineLevel, @Nullable String legalBasis, List<RequiredDocument> documents, List<ProcessStep> steps,
		ProcedureView.Particulars particulars) {
}
