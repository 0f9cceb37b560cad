package vn.motcua.dossier.domain;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import vn.motcua.calendar.Appointment;
import vn.motcua.calendar.Timeliness;
import vn.motcua.shared.DomainException;
import vn.motcua.shared.DomainException.Kind;
import vn.motcua.shared.Vietnam;

/**
 * When a dossier's result is due (RULES.md §2.7): the legal due moment, which clock stops move;
 * the one new appointment an apology may give; and, once there is a result or a refusal, how it
 * kept the legal due moment — a late dossier stays late, whatever its new appointment.
 */
final class Deadlines {

	private final Instant receivedAt;

	private @Nullable Instant due;

	private @Nullable Instant rescheduled;

	private @Nullable Timeliness timeliness;

	Deadlines(Instant receivedAt, @Nullable Instant due, @Nullable Instant rescheduled,
			@Nullable Timeliness timeliness) {
		this.receivedAt = receivedAt;
		this.due = due;
		this.rescheduled = rescheduled;
		this.timeliness = timeliness;
	}

	void moveTo(Instant newDue) {
		this.due = newDue;
	}

	/** Adds the office time between {@code from} and {@code to} (a wait not counted) to the due moment. */
	void addWait(Instant from, Instant to, Schedule schedule) {
		if (this.due != null) {
			this.due = ClockStops.plusWait(this.due, from, to, schedule);
		}
	}

	/**
	 * The apology's new appointment, made at {@code at}: at the latest the day before the due date
	 * (Decree 61/2018/NĐ-CP Art. 19.9 as restated after 01/07/2025 — RULES.md; the same rule before).
	 * @throws DomainException {@code new-appointment-required}, {@code already-rescheduled},
	 * {@code apology-too-late} (with the last day), {@code new-appointment-not-later}.
	 */
	void reschedule(@Nullable Instant newDue, Instant at) {
		if (newDue == null) {
			throw new DomainException(Kind.INVALID, "new-appointment-required");
		}
		if (this.rescheduled == null && !reschedulableAt(at)) {
			throw new DomainException(Kind.CONFLICT, "apology-too-late",
					Vietnam.DAY.format(atVietnam(this.due).toLocalDate().minusDays(1)));
		}
		this.rescheduled = appointment().reschedule(atVietnam(newDue)).rescheduledTo().toInstant();
	}

	/** @return whether an apology may still set the one new appointment at {@code at}. */
	boolean reschedulableAt(Instant at) {
		return this.rescheduled == null
				&& (this.due == null || atVietnam(at).toLocalDate().isBefore(atVietnam(this.due).toLocalDate()));
	}

	/** Judges a result (or refusal) at {@code at} against the legal due moment, never the new appointment. */
	void judge(Instant at) {
		this.timeliness = judge(this.due, at);
	}

	/** @return how something done at {@code at} kept {@code due}; without a due moment it is on time. */
	static Timeliness judge(@Nullable Instant due, Instant at) {
		return due == null ? Timeliness.ON_TIME : Appointment.of(atVietnam(due)).judge(atVietnam(at));
	}

	boolean isPastAt(Instant now) {
		return this.due != null && now.isAfter(this.due);
	}

	public @Nullable Instant due() {
		return this.due;
	}

	public @Nullable Instant rescheduled() {
		return this.rescheduled;
	}

	public @Nullable Timeliness timeliness() {
		return this.timeliness;
	}

	private Appointment appointment() {
		return new Appointment(atVietnam(this.due == null ? this.receivedAt : this.due),
				this.rescheduled == null ? null : atVietnam(this.rescheduled));
	}

	private static OffsetDateTime atVietnam(Instant instant) {
		return instant.atZone(Vietnam.ZONE).toOffsetDateTime();
	}

}
