package vn.motcua.parindex.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import vn.motcua.calendar.CalendarManagement;
import vn.motcua.monitoring.OverdueItems;
import vn.motcua.organization.UnitView;
import vn.motcua.parindex.sets.ParSet;
import vn.motcua.parindex.sets.ParSets;
import vn.motcua.shared.Vietnam;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PAR cycle's deadlines, chased with the dossiers in the daily reminders: a unit's
 * self-assessment not sent, the committee's questions not answered (due soon only: after their day
 * the unit can no longer answer), the issuer's appraisal and publication. A day ends when the
 * unit's office closes (its calendar). How many working days ahead a deadline is announced is
 * local practice, the setting {@code motcua.par.notice-working-days}.
 */
@Component
class ParOverdue implements OverdueItems {

	private static final String UNANSWERED = """
			select a.unit_id, a.explanation_due from par_assessment a where a.set_id = ? and a.explanation_due is not null
			   and exists (select 1 from par_score s where s.set_id = a.set_id and s.unit_id = a.unit_id
			                  and s.question is not null and s.answer is null)""";

	private final ParSets sets;

	private final Scores scores;

	private final CalendarManagement calendar;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final int notice;

	private static final Comparator<Item> BY_DUE = Comparator.comparing(Item::dueAt);

	ParOverdue(ParSets sets, Scores scores, CalendarManagement calendar, JdbcClient jdbc, MessageSource messages,
			@Value("${motcua.par.notice-working-days:5}") int notice) {
		this.sets = sets;
		this.scores = scores;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.messages = messages;
		this.notice = notice;
	}

	/** A deadline of the cycle: the unit that must act, what, and the day it ends. */
	private record Due(UUID unitId, String reference, String title, LocalDate day) {
	}
	@Override
	public String kind() {
		return "PAR";
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> overdue(Instant now) {
		return dues(false).stream().map(this::item).filter(i -> now.isAfter(i.dueAt())).sorted(BY_DUE).toList();
	}


	@Override
	@Transactional(readOnly = true)
	public List<Item> dueSoon(Instant now) {
		LocalDate today = LocalDate.ofInstant(now, Vietnam.ZONE);
		return dues(true).stream()
			.filter(d -> !this.calendar.plusWorkingDays(today, this.notice, d.unitId()).isBefore(d.day()))
			.map(this::item).filter(i -> !now.isAfter(i.dueAt())).sorted(BY_DUE).toList();
	}

	private List<Due> dues(boolean withQuestions) {
		List<Due> dues = new ArrayList<>();
		for (ParSet set : this.sets.underWay()) {
			String reference = "CCHC " + set.year();
			if (set.selfDue() != null) {
				var statuses = this.scores.statuses(set);
				for (UnitView unit : set.units()) {
					if ("DRAFT".equals(statuses.get(unit.code()))) {
						dues.add(new Due(unit.id(), reference, text("par.remind.self", set), set.selfDue()));
					}
				}
			}
			if (set.appraisalDue() != null) {
				dues.add(new Due(set.issuer().id(), reference, text("par.remind.appraisal", set), set.appraisalDue()));
			}
			if (withQuestions) {
				dues.addAll(this.jdbc.sql(UNANSWERED).param(set.id()).query((rs, n) -> new Due(rs.getObject(1, UUID.class),
						reference, text("par.remind.explanation", set), rs.getObject(2, LocalDate.class))).list());
			}
		}
		return dues;
	}

	private Item item(Due due) {
		return new Item(due.unitId(), due.reference(), due.title(), this.calendar.endOfDay(due.day(), due.unitId()));
	}

	private String text(String key, ParSet set) {
		return this.messages.getMessage(key, new Object[] { set.name() }, Vietnam.LOCALE);
	}

}
