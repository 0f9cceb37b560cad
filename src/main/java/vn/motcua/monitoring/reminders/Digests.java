package vn.motcua.monitoring.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import vn.motcua.calendar.CalendarManagement;
import vn.motcua.identity.IdentityManagement;
import vn.motcua.identity.OfficialView;
import vn.motcua.shared.Actor;

/**
 * The day's digests to the officials who may log in: the heads' overdue lists every working day,
 * the leaders' weekly digest on the first working day of the week.
 */
@Component
class Digests {

	private final IdentityManagement identity;

	private final CalendarManagement calendar;

	private final HeadDigests heads;

	private final WeeklyDigests leaders;

	Digests(IdentityManagement identity, CalendarManagement calendar, HeadDigests heads, WeeklyDigests leaders) {
		this.identity = identity;
		this.calendar = calendar;
		this.heads = heads;
		this.leaders = leaders;
	}

	/** @return the reminders made (those already made are skipped by their keys). */
	int make(Instant now, LocalDate today) {
		List<OfficialView> officials = this.identity.officials(Actor.system(), null)
			.stream()
			.filter(o -> o.enabled() && !o.locked())
			.toList();
		int made = this.heads.remind(now, today, officials);
		if (firstWorkingDayOfWeek(today, d -> this.calendar.isWorkingDay(d, null))) {
			made += this.leaders.remind(today, officials);
		}
		return made;
	}

	/** @return whether no working day of {@code today}'s week comes before it. */
	static boolean firstWorkingDayOfWeek(LocalDate today, Predicate<LocalDate> working) {
		for (LocalDate d = WeeklyDigest.monday(today); d.isBefore(today); d = d.plusDays(1)) {
			if (working.test(d)) {
				return false;
			}
		}
		return true;
	}

}
