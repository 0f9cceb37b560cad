package vn.motcua.parindex.assessment;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.motcua.monitoring.UnitFigures;
import vn.motcua.planning.PlanningFigures;
import vn.motcua.portal.FeedbackFigures;
import vn.motcua.organization.UnitView;
import vn.motcua.parindex.domain.Indicator;
import vn.motcua.parindex.domain.LeafResult;
import vn.motcua.parindex.domain.Method;
import vn.motcua.parindex.domain.Points;
import vn.motcua.parindex.domain.Scorecard;
import vn.motcua.parindex.sets.ParSet;

import org.springframework.stereotype.Component;

/**
 * A unit's {@link Scorecard} now: its own scores, the committee's, and the computed criteria's
 * figures over the set's period from the statistics ({@link UnitFigures}) and from the tasks and
 * periodic reports ({@link PlanningFigures}) and from the feedback register ({@link FeedbackFigures}).
 */
@Component
public class Scorecards {

	private final Scores scores;

	private final UnitFigures figures;

	private final PlanningFigures planning;

	private final FeedbackFigures feedback;

	Scorecards(Scores scores, UnitFigures figures, PlanningFigures planning, FeedbackFigures feedback) {
		this.planning = planning;
		this.feedback = feedback;
		this.scores = scores;
		this.figures = figures;
	}

	/**
	 * Fixes each computed leaf's points as the figures stand, so published results never move with
	 * later data: a leaf without the committee's score gets its computed points as the committee's,
	 * the figure named in the comment.
	 */
	public void freezeComputed(ParSet set, String actor, Instant at) {
		for (UnitView unit : set.units()) {
			Map<String, Double> appraised = this.scores.of(set.id(), unit.id(), false);
			for (LeafResult r : of(set, unit, appraised).leaves()) {
				Double figure = r.figure();
				if (r.leaf().method() == Method.COMPUTED && r.self() != null && figure != null
						&& !appraised.containsKey(r.leaf().code())) {
					this.scores.put(set.id(), unit.id(), r.leaf().code(), false, r.self(),
							"Tính từ dữ liệu MotCua khi công bố: " + Points.format(figure) + " %", actor, at);
				}
			}
		}
	}

	/**
	 * @return the unit's scorecard for the results. A published set's is read from its scores alone:
	 * its computed points were fixed at publication, so the portal and the rankings ask the statistics
	 * nothing.
	 */
	public Scorecard of(ParSet set, UnitView unit) {
		Map<String, Double> appraised = this.scores.of(set.id(), unit.id(), false);
		return set.published() ? card(set, unit, appraised, Map.of()) : of(set, unit, appraised);
	}

	/** @param appraised the committee's scores by leaf code; the computed figures as they stand now. */
	Scorecard of(ParSet set, UnitView unit, Map<String, Double> appraised) {
		UnitFigures.Figures f = this.figures.of(unit.code(), set.periodFrom(), set.periodTo());
		Map<Indicator, @Nullable Double> computed = new EnumMap<>(Indicator.class);
		computed.put(Indicator.ON_TIME_RATE, f.onTimeRate());
		computed.put(Indicator.ONLINE_SHARE, f.onlineShare());
		computed.put(Indicator.SATISFACTION, f.satisfaction());
		computed.put(Indicator.FEEDBACK_IN_TIME, this.feedback.answeredInTime(unit.id(), set.periodFrom(), set.periodTo()));
		PlanningFigures.Figures work = this.planning.of(unit.id(), set.periodFrom(), set.periodTo());
		computed.put(Indicator.TASKS_ON_TIME, work.tasksOnTimeRate());
		computed.put(Indicator.REPORTS_ON_TIME, work.reportsOnTimeRate());
		return card(set, unit, appraised, computed);
	}

	private Scorecard card(ParSet set, UnitView unit, Map<String, Double> appraised,
			Map<Indicator, @Nullable Double> computed) {
		return new Scorecard(set.tree(), this.scores.of(set.id(), unit.id(), true), appraised, computed);
	}

}
