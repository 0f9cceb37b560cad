package vn.motcua.parindex.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
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

	/** The texts of a unit's leaves by code: its explanations, the committee's comments, questions and the answers. */
	record Notes(Map<String, String> self, Map<String, String> comments, Map<String, String> questions,
			Map<String, String> answers) {
	}

	/**
	 * What the reader may do: the unit's own officials edit a draft and answer questions until their
	 * day; the committee appraises and asks (once) until publication.
	 */
	record Rights(boolean ownUnit, boolean committee, boolean published, @Nullable LocalDate explanationDue,
			LocalDate today) {
	}

	/** The evidence of a unit's leaves: files attached, and links to its records in MotCua. */
	record Attached(List<Evidence.EvidenceFile> files, List<EvidenceLinks.Link> links) {
	}

	/** @param appraised the committee's scores by leaf code. */
	static Assessment of(ParSet set, UnitView unit, String status, Scorecard card, Map<String, Double> appraised,
			Notes notes, Attached evidence, Rights r) {
		LocalDate due = r.explanationDue();
		return new Assessment(set.id(), set.name(), set.year(), unit.code(), unit.name(), status,
				r.ownUnit() && "DRAFT".equals(status) && !r.published(), r.committee() && !r.published(), due,
				r.committee() && !r.published() && due == null,
				r.ownUnit() && !r.published() && due != null && !r.today().isAfter(due), card.selfPoints(), card.points(),
				card.bonus(), card.penalty(), card.maxPoints(), card.index(), card.band().map(Band::name).orElse(null),
				card.areas().stream().map(a -> new Assessment.Area(a.area().code(), a.area().title(), a.points(), a.maxPoints()))
					.toList(),
				card.leaves().stream().map(x -> {
					Criterion leaf = x.leaf();
					boolean computed = leaf.method() == Method.COMPUTED;
					return new Assessment.Leaf(leaf.code(), leaf.title(), leaf.method(), leaf.maxPoints(), leaf.levels(),
							leaf.guidance(),
							leaf.evidence(), leaf.method() == Method.SURVEY ? null : x.self(), notes.self().get(leaf.code()),
							appraised.get(leaf.code()), notes.comments().get(leaf.code()), notes.questions().get(leaf.code()),
							notes.answers().get(leaf.code()), x.points(),
							computed ? new Assessment.Computed(leaf.indicator(), x.figure(), set.periodFrom(), set.periodTo(), x.self()) : null,
							evidence.files().stream().filter(f -> f.code().equals(leaf.code())).toList(),
							evidence.links().stream().filter(l -> l.code().equals(leaf.code())).toList());
				}).toList());
	}

}
