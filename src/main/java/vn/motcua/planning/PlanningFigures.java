package vn.motcua.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.planning.domain.Outcome;
import vn.motcua.planning.domain.Submission;
import vn.motcua.planning.reports.ReportFigures;
import vn.motcua.planning.tasks.TaskFigures;
import vn.motcua.shared.Vietnam;

/**
 * The figures of units' tasks and periodic reports over a period — what the leaders' overview shows
 * and the PAR Index's computed criteria score. Tasks are those the units led while open in the period,
 * each counted as it stands today (done on time against its original deadline); reports are those
 * due in the period (the rounds are opened every hour). Not scoped: the caller checked who asks.
 */
@Service
@Transactional(readOnly = true)
public class PlanningFigures {

	private final TaskFigures tasks;

	private final ReportFigures reports;

	private final Clock clock;

	PlanningFigures(TaskFigures tasks, ReportFigures reports, Clock clock) {
		this.tasks = tasks;
		this.reports = reports;
		this.clock = clock;
	}

	/** The counts of a unit (or a group of units) over a period. */
	public record Figures(Map<Outcome, Integer> tasks, Map<Submission, Integer> reports) {

		public int tasks(Outcome outcome) {
			return this.tasks.getOrDefault(outcome, 0);
		}

		public int reports(Submission status) {
			return this.reports.getOrDefault(status, 0);
		}

		/** @return tasks done on time among those done or overdue, in percent; {@literal null} when none. */
		public @Nullable Double tasksOnTimeRate() {
			int judged = tasks(Outcome.DONE_ON_TIME) + tasks(Outcome.DONE_LATE) + tasks(Outcome.OVERDUE);
			return judged == 0 ? null : Math.round(tasks(Outcome.DONE_ON_TIME) * 1000.0 / judged) / 10.0;
		}

		/** @return reports sent on time among those due, in percent; {@literal null} when none was due. */
		public @Nullable Double reportsOnTimeRate() {
			int judged = reports(Submission.ON_TIME) + reports(Submission.LATE) + reports(Submission.MISSING);
			return judged == 0 ? null : Math.round(reports(Submission.ON_TIME) * 1000.0 / judged) / 10.0;
		}

	}

	/** @param units one unit, or a unit and those below it. */
	public Figures of(Collection<UUID> units, LocalDate from, LocalDate to) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), Vietnam.ZONE);
		Map<Outcome, Integer> t = new EnumMap<>(Outcome.class);
		this.tasks.ledOver(units, from, to).forEach(task -> t.merge(task.outcome(today), 1, Integer::sum));
		Map<Submission, Integer> r = new EnumMap<>(Submission.class);
		this.reports.dueOver(units, from, to, today).forEach(d -> r.merge(d.status(), 1, Integer::sum));
		return new Figures(t, r);
	}

	/** @return the figures of one unit. */
	public Figures of(UUID unit, LocalDate from, LocalDate to) {
		return of(java.util.Set.of(unit), from, to);
	}

}
