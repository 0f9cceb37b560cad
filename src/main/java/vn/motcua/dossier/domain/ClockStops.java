package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import vn.motcua.calendar.ClockStopMode;
import vn.motcua.dossier.domain.ClockStopEntry.Kind;

/**
 * The clock stops of a dossier (RULES.md §2.4): a supplement request stops the clock until the
 * complete dossier is back, a payment request until the obligation is met. At most one is open,
 * the last. How each one moves the deadline is decided here: a payment's wait is always added; a
 * supplement restarts or pauses the limit as the rule version says.
 */
final class ClockStops {

	private final List<ClockStopEntry> entries;

	private boolean changed;

	ClockStops(List<ClockStopEntry> entries) {
		this.entries = new ArrayList<>(entries);
	}

	/** Stops the clock at {@code at}, numbered after the earlier stops. */
	void stop(Kind kind, Instant at) {
		this.entries.add(new ClockStopEntry(this.entries.size() + 1, at, null, kind));
		this.changed = true;
	}

	/** Closes the open (last) stop at {@code at}. */
	ClockStopEntry resume(Instant at) {
		ClockStopEntry resumed = this.entries.remove(this.entries.size() - 1).resumed(at);
		this.entries.add(resumed);
		this.changed = true;
		return resumed;
	}

	/**
	 * The due moment once the complete dossier is back at {@code now}: as the schedule counts it
	 * after the supplement stops, plus every payment wait since the count (re)started: since
	 * {@code now} for a restart, since receipt for a pause.
	 */
	Instant dueAfterSupplement(Intake intake, Instant now, Schedule schedule) {
		Instant due = schedule.dueAfter(intake, ofKind(Kind.SUPPLEMENT)).orElseThrow();
		Instant since = intake.clockStopMode() == ClockStopMode.RESTART ? now : intake.receivedAt();
		for (ClockStopEntry payment : ofKind(Kind.PAYMENT)) {
			if (!payment.stoppedAt().isBefore(since) && payment.resumedAt() != null) {
				due = plusWait(due, payment.stoppedAt(), payment.resumedAt(), schedule);
			}
		}
		return due;
	}

	/** @return {@code due} moved by the office time between {@code from} and {@code to}. */
	static Instant plusWait(Instant due, Instant from, Instant to, Schedule schedule) {
		return schedule.plusWorkingHours(due, hours(schedule.workingTimeBetween(from, to)));
	}

	List<ClockStopEntry> ofKind(Kind kind) {
		return this.entries.stream().filter(s -> s.kind() == kind).toList();
	}

	/** @return every stop, in order; never {@literal null}. */
	public List<ClockStopEntry> list() {
		return Collections.unmodifiableList(this.entries);
	}

	/** @return whether a stop was added or closed since the last store. */
	public boolean changed() {
		return this.changed;
	}

	void markStored() {
		this.changed = false;
	}

	private static double hours(Duration duration) {
		return duration.toSeconds() / 3600.0;
	}

}
