package vn.motcua.monitoring.reminders;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.motcua.identity.OfficialView;
import vn.motcua.monitoring.statistics.Breakdowns;
import vn.motcua.monitoring.statistics.Selection;
import vn.motcua.organization.OrganizationManagement;
import vn.motcua.organization.UnitView;
import vn.motcua.shared.Role;

/** To each leader, on the first working day of the week, a digest of the units they oversee. */
@Component
class WeeklyDigests {

	private final OrganizationManagement organization;

	private final Breakdowns statistics;

	private final ReminderRepository reminders;

	private final Texts texts;

	WeeklyDigests(OrganizationManagement organization, Breakdowns statistics, ReminderRepository reminders,
			Texts texts) {
		this.organization = organization;
		this.statistics = statistics;
		this.reminders = reminders;
		this.texts = texts;
	}

	/** @return the digests made (those already made this week are not made again). */
	int remind(LocalDate today, List<OfficialView> officials) {
		String week = WeeklyDigest.week(today);
		LocalDate monday = WeeklyDigest.monday(today);
		int made = 0;
		for (OfficialView leader : officials) {
			UnitView unit = !leader.roles().contains(Role.LEADER) || leader.unitId() == null ? null
					: this.organization.unit(leader.unitId()).orElse(null);
			if (unit == null) {
				continue;
			}
			Selection lastWeek = new Selection(unit, this.organization.unitAndBelow(unit.id()), true,
					monday.minusDays(7), monday.minusDays(1));
			made += this.reminders.add(WeeklyDigest.to(leader.username(), lastWeek,
					this.statistics.counts(lastWeek), week, this.texts));
		}
		return made;
	}

}
