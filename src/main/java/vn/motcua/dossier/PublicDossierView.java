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
 */
public record PublicDossierView(String code, String procedureCode, String procedureName, String currentPlace,
		DossierStatus status, OffsetDateTime receivedAt, @Nullable OffsetDateTime appointment,
		@Nullable OffsetDateTime resolvedAt, @Nullable Timeliness timeliness, List<Event> timeline,
		@Nullable Integer rating) {

	/** @return whether the applicant may still rate the dossier: returned, not yet rated. */
	public boolean mayRate() {
		return this.status == DossierStatus.RESULT_RETURNED && this.rating == null;
	}

	/**
	 * A line of the timeline in plain words.
	 *
	 * @param note shown only where it is addressed to the applicant (what to supplement, why
	 * refused or late).
	 */
	public record Event(OffsetDateTime at, DossierAction action, DossierStatus status, @Nullable String note) {
	}

}
