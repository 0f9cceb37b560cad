package vn.motcua.dossier;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Timeliness;

/**
 * What the public lookup shows of a dossier: its progress, never the applicant's data nor the
 * officials' names.
 *
 * @param currentPlace the agency holding the dossier now (the acting agency of an inter-agency
 * step, otherwise the receiving one).
 * @param appointment when the result is due, after a new appointment if there was one.
 * @param rating the applicant's satisfaction (1–5) once given.
 * @param receivedBy the agency that received the dossier (where a result is returned at the desk).
 * @param resultDelivery how the applicant chose to receive the result, where they chose (online
 * submissions); {@literal null} otherwise, which is at the desk.
 */
public record PublicDossierView(String code, String procedureCode, String procedureName, String currentPlace,
		DossierStatus status, OffsetDateTime receivedAt, @Nullable OffsetDateTime appointment,
		@Nullable OffsetDateTime resolvedAt, @Nullable Timeliness timeliness, List<Event> timeline,
		@Nullable Integer rating, String receivedBy, @Nullable ResultDelivery resultDelivery) {

	/** @return whether the applicant may still rate the dossier: returned, not yet rated. */
	public boolean mayRate() {
		return this.status == DossierStatus.RESULT_RETURNED && this.rating == null;
	}

	/** @return how the result was or will be returned: the applicant's choice, else at the desk. */
	public ResultDelivery returnedVia() {
		return this.resultDelivery == null ? ResultDelivery.DESK : this.resultDelivery;
	}

	/**
	 * A line of the timeline in plain words.
	 *
	 * @param note shown only where it is addressed to the applicant (what to supplement, why
	 * refused or late).
	 * @param step for a step completed, its name in the internal process («Thẩm định hồ sơ, dự
	 * thảo kết quả», «Lãnh đạo Ủy ban nhân dân ký duyệt»): what was done, never who.
	 */
	public record Event(OffsetDateTime at, DossierAction action, DossierStatus status, @Nullable String note,
			@Nullable String step) {
	}

}
