package vn.motcua.parindex.assessment;

import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.motcua.monitoring.UnitFigures;
import vn.motcua.organization.UnitView;
import vn.motcua.parindex.domain.Indicator;
import vn.motcua.parindex.domain.Scorecard;
import vn.motcua.parindex.sets.ParSet;

import org.springframework.stereotype.Component;

/**
 * A unit's {@link Scorecard} now: its own scores, the committee's, and the computed criteria's
 * figures over the set's period from the statistics ({@link UnitFigures}).
 */
@Component
public class Scorecards {

	private final Scores scores;

	private final UnitFigures figures;

	Scorecards(Scores scores, UnitFigures figures) {
		this.scores = scores;
		this.figures = figures;
	}

	public Scorecard of(ParSet set, UnitView unit) {
		return of(set, unit, this.scores.of(set.id(), unit.id(), false));
	}

	/** @param appraised the committee's scores by leaf code. */
	Scorecard of(ParSet set, UnitView unit, Map<String, Double> appraised) {
		UnitFigures.Figures f = this.figures.of(unit.code(), set.periodFrom(), set.periodTo());
		Map<Indicator, @Nullable Double> computed = new EnumMap<>(Indicator.class);
		computed.put(Indicator.ON_TIME_RATE, f.onTimeRate());
		computed.put(Indicator.ONLINE_SHARE, f.onlineShare());
		return new Scorecard(set.tree(), this.scores.of(set.id(), unit.id(), true), appraised, computed);
	}

}
