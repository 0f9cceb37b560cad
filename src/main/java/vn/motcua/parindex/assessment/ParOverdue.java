package vn.motcua.parindex.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.motcua.calendar.CalendarManagement;
import vn.motcua.monitoring.OverdueItems;
import vn.motcua.organization.UnitView;
import vn.motcua.parindex.sets.ParSet;
import vn.motcua.parindex.sets.ParSets;
import vn.motcua.shared.Vietnam;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self-assessments not sent by their due day, chased with the dossiers in the heads' daily
 * reminder: the due day ends when the unit's office closes (its calendar).
 */
@Component
class ParOverdue implements OverdueItems {

	private final ParSets sets;

	private final Scores scores;

	private final CalendarManagement calendar;

	ParOverdue(ParSets sets, Scores scores, CalendarManagement calendar) {
		this.sets = sets;
		this.scores = scores;
		this.calendar = calendar;
	}

	@Override
	public String kind() {
		return "PAR";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> overdue(Instant now) {
		List<Item> items = new ArrayList<>();
		for (ParSet set : this.sets.underWay()) {
			LocalDate due = set.selfDue();
			Map<String, String> statuses = this.scores.statuses(set);
			for (UnitView unit : set.units()) {
				Instant closing = due == null ? null : due.atTime(this.calendar.workingHours(unit.id()).afternoonEnd())
					.atZone(Vietnam.ZONE)
					.toInstant();
				if (closing != null && now.isAfter(closing) && "DRAFT".equals(statuses.get(unit.code()))) {
					items.add(new Item(unit.id(), "CCHC " + set.year(), set.name(), closing));
				}
			}
		}
		return items;
	}

}
