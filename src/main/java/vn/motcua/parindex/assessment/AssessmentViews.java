package vn.motcua.parindex.assessment;

import java.util.List;
import java.util.Map;

import vn.motcua.organization.UnitView;
import vn.motcua.parindex.domain.Band;
import vn.motcua.parindex.domain.Criterion;
import vn.motcua.parindex.domain.Method;
import vn.motcua.parindex.domain.Scorecard;
import vn.motcua.parindex.sets.ParSet;

/** A unit's {@link Assessment} from its scorecard and notes. */
final class AssessmentViews {

	private AssessmentViews() {
	}

	/** @param appraised the committee's scores by leaf code. */
	static Assessment of(ParSet set, UnitView unit, String status, Scorecard card, Map<String, Double> appraised,
			Map<String, String> selfNotes, Map<String, String> comments, List<Evidence.EvidenceFile> files,
			boolean ownUnit, boolean committee, boolean published) {
		return new Assessment(set.id(), set.name(), set.year(), unit.code(), unit.name(), status,
				ownUnit && "DRAFT".equals(status) && !published, committee && !published, card.selfPoints(), card.points(),
				card.bonus(), card.penalty(), card.maxPoints(), card.index(), card.band().map(Band::name).orElse(null),
				card.areas().stream().map(a -> new Assessment.Area(a.area().code(), a.area().title(), a.points(), a.maxPoints()))
					.toList(),
				card.leaves().stream().map(r -> {
					Criterion leaf = r.leaf();
					boolean computed = leaf.method() == Method.COMPUTED;
					return new Assessment.Leaf(leaf.code(), leaf.title(), leaf.method(), leaf.maxPoints(), leaf.levels(),
							leaf.guidance(),
							leaf.evidence(), leaf.method() == Method.SURVEY ? null : r.self(), selfNotes.get(leaf.code()),
							appraised.get(leaf.code()), comments.get(leaf.code()), r.points(),
							computed ? new Assessment.Computed(r.figure(), set.periodFrom(), set.periodTo(), r.self()) : null,
							files.stream().filter(f -> f.code().equals(leaf.code())).toList());
				}).toList());
	}

}
