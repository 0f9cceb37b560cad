package vn.motcua.catalogue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.TimeLimitUnit;

/**
 * One version of an administrative procedure. A dossier keeps the version ({@code id}) it was
 * received under.
 *
 * @param code the national database code (e.g. {@code 2.001035}), or a local code where the
 * sample data had none.
 * @param timeLimit amount of {@code timeUnit}; 0 for same-day procedures.
 */
public record ProcedureView(UUID id, String code, String name, String field, ProcedureLevel level,
		LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, int timeLimit, TimeLimitUnit timeUnit, long feeVnd,
		@Nullable String feeNote, OnlineLevel onlineLevel, @Nullable String legalBasis,
		List<RequiredDocument> documents, List<ProcessStep> steps, Particulars particulars) {

	/**
	 * The national database's descriptive fields: who may apply, the competent agency, the result,
	 * the conditions; each {@literal null} where the catalogue has none.
	 */
	public record Particulars(@Nullable String applicants, @Nullable String competentAgency, @Nullable String result,
			@Nullable String conditions) {

		public static final Particulars NONE = new Particulars(null, null, null, null);

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
