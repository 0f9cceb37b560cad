package vn.motcua.parindex.assessment;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import vn.motcua.organization.UnitView;
import vn.motcua.parindex.sets.ParSet;
import vn.motcua.planning.PlanningRecords;
import vn.motcua.shared.Actor;
import vn.motcua.shared.DomainException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit's assessment as its readers see it: scores, notes, evidence, questions, and what they may do. */
@Service
@Transactional(readOnly = true)
public class AssessmentReader {

	private final AssessmentAccess guard;

	private final Scores scores;

	private final Evidence evidence;

	private final EvidenceLinks links;

	private final Explanations explanations;

	private final Scorecards scorecards;

	AssessmentReader(AssessmentAccess guard, Scores scores, Evidence evidence, EvidenceLinks links, Explanations explanations,
			Scorecards scorecards) {
		this.guard = guard;
		this.scores = scores;
		this.evidence = evidence;
		this.links = links;
		this.explanations = explanations;
		this.scorecards = scorecards;
	}

	/** @throws DomainException {@code par-set-not-found}, {@code par-unit-not-found}. */
	public Assessment view(UUID setId, String unitCode, Actor actor) {
		ParSet set = this.guard.read(setId);
		UnitView unit = this.guard.reader(set, unitCode, actor);
		Map<String, Double> appraised = this.scores.of(set.id(), unit.id(), false);
		var notes = new AssessmentViews.Notes(this.scores.notes(set.id(), unit.id(), true),
				this.scores.notes(set.id(), unit.id(), false), this.explanations.texts(set, unit, true),
				this.explanations.texts(set, unit, false));
		var rights = new AssessmentViews.Rights(this.guard.isOwnUnit(actor, unit), this.guard.isCommittee(actor, set),
				set.published(), this.explanations.due(set, unit).orElse(null), this.explanations.today());
		return AssessmentViews.of(set, unit, this.scores.statusOf(set.id(), unit.id()),
				this.scorecards.of(set, unit, appraised), appraised, notes,
				new AssessmentViews.Attached(this.evidence.of(set, unit), this.links.of(set, unit)), rights);
	}

	/** @return the unit's records over the set's period it may link as evidence. */
	@Transactional(readOnly = true)
	public List<PlanningRecords.Record> linkable(UUID setId, String unitCode, Actor actor) {
		ParSet set = this.guard.read(setId);
		return this.links.choices(set, this.guard.reader(set, unitCode, actor));
	}

}
