package vn.motcua.dossier.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

import vn.motcua.calendar.CalendarManagement;
import vn.motcua.calendar.WorkingHoursView;
import vn.motcua.dossier.domain.Desk;
import vn.motcua.organization.AgencyView;
import vn.motcua.shared.Vietnam;

/**
 * When a desk that received a dossier for another agency sends it the paper set: the same day, or
 * the next working morning when received from 15:00 (Decree 61/2018/NĐ-CP Art. 18.1, the same since
 * 01/07/2025); the electronic dossier goes at once.
 */
public final class PaperTransfer {

	/** Received before this, the paper set goes the same day. */
	static final LocalTime SAME_DAY_UNTIL = LocalTime.of(15, 0);

	private PaperTransfer() {
	}

	/** @return the desk of {@code agency} receiving at {@code now} for another agency. */
	public static Desk desk(AgencyView agency, Instant now, CalendarManagement calendar) {
		WorkingHoursView hours = calendar.workingHours(agency.unitId());
		ZonedDateTime local = now.atZone(Vietnam.ZONE);
		Instant due = local.toLocalTime().isBefore(SAME_DAY_UNTIL)
				? local.toLocalDate().atTime(hours.afternoonEnd()).atZone(Vietnam.ZONE).toInstant()
				: nextMorning(local.toLocalDate(), agency, hours, calendar);
		return new Desk(agency.id(), agency.code(), agency.unitId(), due);
	}

	private static Instant nextMorning(LocalDate day, AgencyView agency, WorkingHoursView hours,
			CalendarManagement calendar) {
		return calendar.plusWorkingDays(day, 1, agency.unitId()).atTime(hours.morningEnd()).atZone(Vietnam.ZONE).toInstant();
	}

}
