package vn.motcua.monitoring.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.shared.Vietnam;

/**
 * The reminders' periodic check. The daily run happens at the first check after
 * {@code motcua.reminders.daily-at} (07:30) on a working day of the calendar — never on weekends or
 * holidays; checks come every 15 minutes from db-scheduler (one node at a time, surviving
 * restarts), so a node down at 07:30 still reminds when it is back. Each reminder has a key: it is
 * logged once and never made twice; its e-mail goes out once.
 */
@Component
class ReminderCheck {

	private static final Logger log = LoggerFactory.getLogger(ReminderCheck.class);

	private final CalendarManagement calendar;

	private final StepReminders steps;

	private final Digests digests;

	private final ReminderMail mail;

	private final Clock clock;

	private final LocalTime dailyAt;

	/** The day this node last made the heads' and leaders' digests. */
	private volatile @Nullable LocalDate digestsMadeOn;

	ReminderCheck(CalendarManagement calendar, StepReminders steps, Digests digests, ReminderMail mail, Clock clock,
			@Value("${motcua.reminders.daily-at:07:30}") LocalTime dailyAt) {
		this.calendar = calendar;
		this.steps = steps;
		this.digests = digests;
		this.mail = mail;
		this.clock = clock;
		this.dailyAt = dailyAt;
	}

	/**
	 * On a working day from the daily hour on, reminds the holders of steps now due within a
	 * working day, makes the day's digests (those already made are skipped), then hands the
	 * reminders not yet e-mailed over.
	 * @return the reminders made.
	 */
	int check() {
		Instant now = this.clock.instant();
		OffsetDateTime local = now.atZone(Vietnam.ZONE).toOffsetDateTime();
		LocalDate today = local.toLocalDate();
		int made = 0;
		if (this.calendar.isWorkingDay(today, null) && !local.toLocalTime().isBefore(this.dailyAt)) {
			made += this.steps.dueSoon(now);
			if (!today.equals(this.digestsMadeOn)) { // once a day on this node; the keys guard across nodes
				made += this.digests.make(now, today);
				this.digestsMadeOn = today;
			}
			if (made > 0) {
				log.info("Reminders of {}: {} made", today, made);
			}
		}
		this.mail.handOver();
		return made;
	}

}
