package vn.motcua.calendar;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;

/**
 * The promised return of a result (ngày hẹn trả): the due moment computed at receipt and, when
 * the office runs late, the one new appointment that an apology may set (RULES.md §2.7). A late
 * dossier stays late: timeliness is always judged against {@link #original()}.
 *
 * @param rescheduledTo the new appointment, {@literal null} until an apology set one.
 */
public record Appointment(OffsetDateTime original, @Nullable OffsetDateTime rescheduledTo) {

	/** @return an appointment as computed at receipt, never {@literal null}. */
	public static Appointment of(OffsetDateTime dueAt) {
		return new Appointment(dueAt, null);
	}

	/**
	 * @param newDue must be after the original appointment.
	 * @return the appointment with its one new date.
	 * @throws DomainException {@code already-rescheduled} the second time,
	 * {@code new-appointment-not-later} for a date not after the original.
	 */
	public Appointment reschedule(OffsetDateTime newDue) {
		if (this.rescheduledTo != null) {
			throw new DomainException(Kind.CONFLICT, "already-rescheduled");
		}
		if (!newDue.isAfter(this.original)) {
			throw new DomainException(Kind.INVALID, "new-appointment-not-later");
		}
		return new Appointment(this.original, newDue);
	}

	/** @return when the applicant now expects the result. */
	public OffsetDateTime current() {
		return this.rescheduledTo != null ? this.rescheduledTo : this.original;
	}

	/**
	 * Circular 01/2018 Art. 13: before the due date is early, on it on time, after it late.
	 * @return the timeliness of a result resolved at {@code resolvedAt}.
	 */
	public Timeliness judge(OffsetDateTime resolvedAt) {
		if (resolvedAt.isAfter(this.original)) {
			return Timeliness.LATE;
		}
		return resolvedAt.toLocalDate().isBefore(this.original.toLocalDate()) ? Timeliness.EARLY : Timeliness.ON_TIME;
	}

	/** @return whether a dossier still pending at {@code now} is within time or overdue. */
	public Timeliness pendingAt(OffsetDateTime now) {
		return now.isAfter(this.original) ? Timeliness.OVERDUE : Timeliness.WITHIN_TIME;
	}

}
