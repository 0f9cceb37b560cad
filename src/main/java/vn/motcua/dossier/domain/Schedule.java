package vn.motcua.dossier.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the dossier asks of the working calendar of its unit (implemented with the calendar module). */
public interface Schedule {

	/** @return the moment {@code hours} of office time after {@code from}. */
	Instant plusWorkingHours(Instant from, double hours);

	/** @return the office time between two moments. */
	Duration workingTimeBetween(Instant from, Instant to);

	/** @return the closing of the {@code days}-th working day after the day of {@code from}. */
	Instant closingAfterWorkingDays(Instant from, int days);

	/** @return the dossier's due moment after its supplement stops, empty while one is open. */
	Optional<Instant> dueAfter(Intake intake, List<ClockStopEntry> stops);

}
