package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.ReceiptRule;
import vn.motcua.calendar.TimeLimitUnit;
import vn.motcua.shared.DomainException;

/**
 * One version of an administrative procedure. A dossier keeps the version ({@code id}) it was
 * received under.
 *
 * @param code the national database code (e.g. {@code 2.001035}), or a local code where the
 * sample data had none.
 * @param timeLimit amount of {@code timeUnit}; 0 for same-day procedures; {@literal null} (with
 * {@code timeUnit}) where the published time limit could not be verified: such a version is not
 * {@link #receivable() receivable}.
 * @param receiptRules when a dossier of the procedure counts as received, each with its legal basis.
 * @param feeVnd {@literal null} where the amount is not set nationally and the province's could not
 * be verified (see {@code feeNote}); 0 for a procedure without fees.
 */
public record ProcedureView(UUID id, String code, String name, String field, ProcedureLevel level,
		LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, @Nullable Integer timeLimit,
		@Nullable TimeLimitUnit timeUnit, Set<ReceiptRule> receiptRules, @Nullable Long feeVnd,
		@Nullable String feeNote, OnlineLevel onlineLevel, @Nullable String legalBasis,
		List<RequiredDocument> documents, List<ProcessStep> steps, Particulars particulars) {

	public ProcedureView {
		receiptRules = Set.copyOf(receiptRules);
	}

	/** @return whether a dossier of it gets form 01 only when the applicant asks (resolved on the spot). */
	public boolean receiptOnlyIfAsked() {
		return this.receiptRules.contains(ReceiptRule.NO_RECEIPT_UNLESS_ASKED);
	}

	/** @return the receipt rules in the order they are declared, for pages. */
	public List<ReceiptRule> receiptRuleList() {
		return this.receiptRules.stream().sorted().toList();
	}

	/**
	 * @return whether a dossier can be received under this version: its time limit is known, so its
	 * deadline can be counted.
	 */
	public boolean receivable() {
		return this.timeLimit != null && this.timeUnit != null;
	}

	/**
	 * @return this procedure, when a dossier of it can be received (its time limit is known).
	 * @throws DomainException {@code procedure-not-receivable} otherwise.
	 */
	public ProcedureView requireReceivable() {
		if (!receivable()) {
			throw new DomainException(DomainException.Kind.CONFLICT, "procedure-not-receivable", this.code);
		}
		return this;
	}

	/**
	 * The national database's descriptive fields, each {@literal null} where the catalogue has none.
	 *
	 * @param filingSteps the steps of the procedure (trình tự thực hiện), one a line.
	 * @param sources where the particulars come from (the database's page, the legal text).
	 * @param unverified what the public sources did not let us verify, left empty in the catalogue.
	 */
	public record Particulars(@Nullable String applicants, @Nullable String competentAgency, @Nullable String result,
			@Nullable String conditions, @Nullable String filingSteps, @Nullable String sources,
			@Nullable String unverified) {

		public static final Particulars NONE = new Particulars(null, null, null, null, null, null, null);

		/** The four descriptive fields, without steps, sources or notes. */
		public Particulars(@Nullable String applicants, @Nullable String competentAgency, @Nullable String result,
				@Nullable String conditions) {
			this(applicants, competentAgency, result, conditions, null, null, null);
		}

		/** @return the steps of the procedure, in order; never {@literal null}. */
		public List<String> filingStepList() {
			return this.filingSteps == null ? List.of()
					: this.filingSteps.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		}

	}

	/** A document to bring, with copies by form. */
	public record RequiredDocument(int position, String name, int originals, int certifiedCopies, int photocopies) {
	}

	/**
	 * A step of the internal process.
	 *
	 * @param role the role that acts (a {@code vn.motcua.identity.Role} name).
	 * @param shareHours the step's share of the time limit, in working hours.
	 * @param actingAgencyCode for an inter-agency step (liên thông), the agency that acts on it.
	 */
	public record ProcessStep(int position, String name, String role, double shareHours, boolean interAgency,
			@Nullable String actingAgencyCode) {
	}

}
