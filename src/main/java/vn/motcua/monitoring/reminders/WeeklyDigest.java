package vn.motcua.monitoring.reminders;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

import vn.motcua.dossier.forms.Numbers;
import vn.motcua.monitoring.statistics.DossierCounts;
import vn.motcua.monitoring.statistics.Selection;
import vn.motcua.shared.Vietnam;

/** The leader's weekly digest: last week's figures of the units they oversee, once per ISO week. */
final class WeeklyDigest {

	private WeeklyDigest() {
	}

	/** @return the ISO week of {@code day}, as {@code 2025-W15}. */
	static String week(LocalDate day) {
		return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

	/** @return the Monday of {@code day}'s week. */
	static LocalDate monday(LocalDate day) {
		return day.minusDays(day.getDayOfWeek().getValue() - 1);
	}

	/** @param lastWeek the leader's unit and below over last week, with its figures {@code c}. */
	static Reminder to(String leader, Selection lastWeek, DossierCounts c, String week, Texts texts) {
		String unit = lastWeek.unit().name();
		return new Reminder(ReminderKind.WEEKLY, "WEEKLY:" + leader + ":" + week, leader, lastWeek.unit().id(), null,
				texts.text("reminder.weekly.subject", unit, week),
				texts.text("reminder.weekly.body", unit, Vietnam.DAY.format(lastWeek.from()),
						Vietnam.DAY.format(lastWeek.to()), c.received().total(), c.resolved().total(),
						c.resolved().late(), c.pending().total(), c.pending().overdue(),
						c.onTimeRate() == null ? "—" : Numbers.decimal(c.onTimeRate(), 1) + " %"));
	}

}
