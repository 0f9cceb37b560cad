package vn.motcua.planning.reports;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.planning.domain.Outcome;
import vn.motcua.planning.domain.ReportPeriod;
import vn.motcua.planning.tasks.TaskFigures;
import vn.motcua.planning.tasks.TaskRecord;
import vn.motcua.shared.Vietnam;

/**
 * The draft of a unit's periodic report, from its task data over the period's data (Decree
 * 09/2019/NĐ-CP Art. 12): how many tasks were done on time, late, are overdue or in progress, and
 * the list; the unit edits it before sending.
 */
@Component
class ReportDrafts {

	private final TaskFigures tasks;

	private final MessageSource messages;

	ReportDrafts(TaskFigures tasks, MessageSource messages) {
		this.tasks = tasks;
		this.messages = messages;
	}

	String draft(ReportLine line, LocalDate today) {
		ReportPeriod p = line.period();
		LocalDate asOf = today.isBefore(p.dataTo()) ? today : p.dataTo();
		List<TaskRecord> led = this.tasks.ledOver(Set.of(line.unitId()), p.dataFrom(), p.dataTo());
		Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
		led.forEach(t -> counts.merge(t.outcome(asOf), 1, Integer::sum));
		StringBuilder text = new StringBuilder()
			.append(text("report.draft.head", line.unitName(), p.dataFrom().format(Vietnam.DAY), p.dataTo().format(Vietnam.DAY)))
			.append("\n\n")
			.append(text("report.draft.tasks", led.size() - counts.getOrDefault(Outcome.CANCELLED, 0),
					counts.getOrDefault(Outcome.DONE_ON_TIME, 0), counts.getOrDefault(Outcome.DONE_LATE, 0),
					counts.getOrDefault(Outcome.OVERDUE, 0), counts.getOrDefault(Outcome.IN_PROGRESS, 0)))
			.append('\n');
		int n = 0;
		for (TaskRecord t : led) {
			Outcome o = t.outcome(asOf);
			if (o != Outcome.CANCELLED) {
				text.append(text("report.draft.task", ++n, t.title(), t.dueDate().format(Vietnam.DAY),
						text("task.outcome." + o.name()), t.percent())).append('\n');
			}
		}
		return text.append('\n').append(text("report.draft.tail")).toString();
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, Vietnam.LOCALE);
	}

}
